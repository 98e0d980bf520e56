import numpy as np
import sympy as sp
from scipy.integrate import quad


def density(z):
    return np.exp(-(z**2) / 2) / np.sqrt(2 * np.pi)  # standard normal


value, abs_error = quad(density, -1, 1)
print(f"quad:          {value:.6f} (error estimate {abs_error:.1e})")
# > quad:          0.682689 (error estimate 7.6e-15)

z = sp.symbols("z")
exact = sp.integrate(sp.exp(-(z**2) / 2) / sp.sqrt(2 * sp.pi), (z, -1, 1))
print(f"sympy:         {exact} = {float(exact):.6f}")
# > sympy:         erf(sqrt(2)/2) = 0.682689

grid = np.linspace(-1, 1, 21)  # 20 trapezoids
print(f"trapezoid, 20: {np.trapezoid(density(grid), grid):.6f}")
# > trapezoid, 20: 0.682286
