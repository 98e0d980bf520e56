import numpy as np
import sympy as sp
from scipy.integrate import quad

# x = t^2, dx = 2t dt; x from 0 to infinity means t from 0 to infinity.
t = sp.symbols("t", positive=True)
print(sp.integrate(sp.exp(-t) * 2 * t, (t, 0, sp.oo)))
# > 2

value, _ = quad(lambda x: np.exp(-np.sqrt(x)), 0, np.inf)
print(f"quad on the integral in x: {value:.6f}")
# > quad on the integral in x: 2.000000
