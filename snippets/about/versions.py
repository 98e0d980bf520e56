import platform
from importlib.metadata import version

print(f"Python {platform.python_version()}")
# > Python 3.11.7
for package in ["numpy", "scipy", "sympy", "matplotlib"]:
    print(f"{package} {version(package)}")
# > numpy 2.4.6
# > scipy 1.17.1
# > sympy 1.14.0
# > matplotlib 3.11.2
