import matplotlib.pyplot as plt
import numpy as np
import sympy as sp
from scipy.integrate import quad

# Exact: an antiderivative F, then F(1) - F(0).
x = sp.symbols("x")
F = sp.integrate(x**2, x)
exact = sp.integrate(x**2, (x, 0, 1))
print(f"antiderivative: {F}, integral from 0 to 1: {exact} = {float(exact):.10f}")
# > antiderivative: x**3/3, integral from 0 to 1: 1/3 = 0.3333333333

# The limit of Riemann sums: midpoint rule with n strips.
for n in [4, 16, 64]:
    mid = (np.arange(n) + 0.5) / n
    print(f"n = {n:2d} strips: {np.sum(mid**2) / n:.6f}")
# > n =  4 strips: 0.328125
# > n = 16 strips: 0.333008
# > n = 64 strips: 0.333313

# Numerically, with an estimate of the absolute error.
value, abs_error = quad(lambda t: t**2, 0, 1)
print(f"quad: {value:.10f}, error estimate {abs_error:.1e}")
# > quad: 0.3333333333, error estimate 3.7e-15

# Picture: the area under x^2 between 0 and 1.
xs = np.linspace(-0.25, 1.25, 200)
inside = np.linspace(0, 1, 100)
fig, ax = plt.subplots(figsize=(6, 4))
ax.plot(xs, xs**2, label="$f(x) = x^2$")
ax.fill_between(inside, inside**2, alpha=0.35, label="area = 1/3")
ax.axhline(0, color="black", lw=0.8)
ax.set(xlabel="x", ylabel="f(x)", title="The definite integral of $x^2$ over [0, 1]")
ax.legend()
plt.show()
