import numpy as np
import sympy as sp

z = sp.symbols("z")
softplus = sp.log(1 + sp.exp(z))
sigmoid = 1 / (1 + sp.exp(-z))

# Outer log(u), inner u = 1 + e^z: (1 / u) * e^z.
d_softplus = sp.diff(softplus, z)
print(d_softplus)
# > exp(z)/(exp(z) + 1)
# The difference from the sigmoid simplifies to 0.
print(sp.simplify(d_softplus - sigmoid) == 0)
# > True

# The logistic loss of a positive example is softplus(-z): slope -sigmoid(-z).
loss = softplus.subs(z, -z)
print(sp.simplify(sp.diff(loss, z) + sigmoid.subs(z, -z)) == 0)
# > True
slope_at_2 = -1 / (1 + np.exp(2.0))
h = 1e-5
numeric = (np.log1p(np.exp(-(2 + h))) - np.log1p(np.exp(-(2 - h)))) / (2 * h)
print(f"slope at z = 2: {slope_at_2:.6f}, central difference {numeric:.6f}")
# > slope at z = 2: -0.119203, central difference -0.119203
