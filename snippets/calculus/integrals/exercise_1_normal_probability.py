import numpy as np
import sympy as sp
from scipy.integrate import quad


def density(z):
    return np.exp(-(z**2) / 2) / np.sqrt(2 * np.pi)  # standard normal


value, abs_error = quad(density, -1, 1)
print(
    f"quad:          {value:.6f} (error estimate < 1e-9: {abs_error < 1e-9})"
)
# > quad:          0.682689 (error estimate < 1e-9: True)

z = sp.symbols("z")
exact = sp.integrate(sp.exp(-(z**2) / 2) / sp.sqrt(2 * sp.pi), (z, -1, 1))
print(f"sympy:         {exact} = {float(exact):.6f}")
# > sympy:         erf(sqrt(2)/2) = 0.682689

edges = np.linspace(-1, 1, 21)  # 20 strips of width 0.1
heights = density(edges)
trapezoid = np.sum((heights[:-1] + heights[1:]) / 2) * 0.1
print(f"trapezoid, 20: {trapezoid:.6f}")
# > trapezoid, 20: 0.682286
