# --8<-- [start:lesson]
import numpy as np
import sympy as sp
from scipy.integrate import quad

# Substitution x = g(t) = t^2, dx = 2t dt: the t-integral equals the x-integral.
t, x = sp.symbols("t x")
lhs = sp.integrate(
    sp.exp(t**2) * 2 * t, (t, 0, 1)
)  # f(g(t)) g'(t) over t in [0, 1]
rhs = sp.integrate(
    sp.exp(x), (x, 0, 1)
)  # f(x) over x in [g(0), g(1)] = [0, 1]
print(lhs, "=", rhs, "=", f"{float(rhs):.6f}")
# > -1 + E = -1 + E = 1.718282

# Dropping the factor g'(t) = 2t gives a different number.
wrong, _ = quad(lambda s: np.exp(s**2), 0, 1)
print(f"without g'(t): {wrong:.6f}")
# > without g'(t): 1.462652

# The stretch x = mu + sigma * t scales areas by sigma: the normal constant.
mu, sigma = 2.0, 0.5
bump, _ = quad(
    lambda s: np.exp(-((s - mu) ** 2) / (2 * sigma**2)), -np.inf, np.inf
)
standard, _ = quad(lambda s: np.exp(-(s**2) / 2), -np.inf, np.inf)
print(f"{bump:.6f} = sigma * {standard:.6f} = sigma * sqrt(2 pi)")
# > 1.253314 = sigma * 2.506628 = sigma * sqrt(2 pi)
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

# Picture: strips of equal width in t map to strips of width about 2t dt in x,
# and each pair of matching strips (same colour) has the same area.
fig, (left, right) = plt.subplots(
    1, 2, figsize=(6.4, 3.8), sharey=True, layout="constrained"
)
edges = np.linspace(0, 1, 6)
for i, (a, b) in enumerate(zip(edges[:-1], edges[1:], strict=True)):
    colour = "tab:blue" if i % 2 == 0 else "tab:orange"
    ts = np.linspace(a, b, 50)
    left.fill_between(ts, np.exp(ts**2) * 2 * ts, color=colour, alpha=0.5)
    xs = np.linspace(a**2, b**2, 50)
    right.fill_between(xs, np.exp(xs), color=colour, alpha=0.5)
grid = np.linspace(0, 1, 200)
left.plot(grid, np.exp(grid**2) * 2 * grid, color="black")
right.plot(grid, np.exp(grid), color="black")
left.set(xlabel="t", title="$e^{t^2} \\cdot 2t$, t in [0, 1]")
right.set(xlabel="$x = t^2$", title="$e^x$, x in [0, 1]")
plt.show()
