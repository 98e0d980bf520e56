# --8<-- [start:lesson]
import numpy as np
import sympy as sp
from scipy.integrate import quad

# Exact: an antiderivative F, then F(1) - F(0).
x = sp.symbols("x")
F = sp.integrate(x**2, x)
exact = sp.integrate(x**2, (x, 0, 1))
print(
    f"antiderivative: {F}, integral over [0, 1]: {exact} = {float(exact):.10f}"
)
# > antiderivative: x**3/3, integral over [0, 1]: 1/3 = 0.3333333333

# Riemann sums with n strips of width 1/n: the midpoint and the trapezoid rule.
for n in [4, 16, 64]:
    edges = np.linspace(0, 1, n + 1)
    midpoints = (edges[:-1] + edges[1:]) / 2
    midpoint = np.sum(midpoints**2) / n
    trapezoid = np.sum((edges[:-1] ** 2 + edges[1:] ** 2) / 2) / n
    print(f"n = {n:2d}: midpoint {midpoint:.6f}, trapezoid {trapezoid:.6f}")
# > n =  4: midpoint 0.328125, trapezoid 0.343750
# > n = 16: midpoint 0.333008, trapezoid 0.333984
# > n = 64: midpoint 0.333313, trapezoid 0.333374

# Numerically, with an estimate of the absolute error.
value, abs_error = quad(lambda t: t**2, 0, 1)
print(f"quad: {value:.10f}, error estimate below 1e-12: {abs_error < 1e-12}")
# > quad: 0.3333333333, error estimate below 1e-12: True
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

# Picture: the area under x^2 between 0 and 1, with 4 midpoint rectangles.
xs = np.linspace(-0.25, 1.25, 200)
inside = np.linspace(0, 1, 100)
fig, ax = plt.subplots(figsize=(6, 4))
ax.plot(xs, xs**2, color="black", label="$f(x) = x^2$")
ax.fill_between(inside, inside**2, alpha=0.35, label="area = 1/3")
mids = (np.arange(4) + 0.5) / 4
ax.bar(mids, mids**2, width=0.25, fill=False, edgecolor="tab:red", lw=1.5)
ax.plot([], [], color="tab:red", label="midpoint rule, n = 4")
ax.axhline(0, color="black", lw=0.8)
ax.set(
    xlabel="x",
    ylabel="f(x)",
    title="The definite integral of $x^2$ over [0, 1]",
)
ax.legend(loc="upper left")
plt.show()
