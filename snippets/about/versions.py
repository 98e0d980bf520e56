import sys
from importlib.metadata import version

# What changes numbers is the libraries; any supported Python prints the same.
supported = (3, 11, 5) <= sys.version_info[:3] < (3, 14)
print(f"Python 3.11.5 to 3.13: {'yes' if supported else 'NO, unsupported'}")
# > Python 3.11.5 to 3.13: yes
for package in ["numpy", "scipy", "sympy", "matplotlib"]:
    print(f"{package} {version(package)}")
# > numpy 2.4.6
# > scipy 1.17.1
# > sympy 1.14.0
# > matplotlib 3.11.2
