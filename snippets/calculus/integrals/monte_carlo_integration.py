# --8<-- [start:lesson]
from itertools import product
from math import erf, pi, sqrt

import numpy as np

rng = np.random.default_rng(0)


def f(x):
    return np.exp(-(x**2))  # on [0, 1]; exact integral sqrt(pi)/2 * erf(1)


exact_1d = sqrt(pi) / 2 * erf(1)
print(f"exact: {exact_1d:.6f}")
# > exact: 0.746824

# Monte Carlo: average f at n uniform random points (the interval has length 1).
for n in [100, 10_000, 1_000_000]:
    fx = f(rng.uniform(0, 1, size=n))
    estimate = fx.mean()
    std_error = fx.std(ddof=1) / sqrt(n)  # the sigma / sqrt(n) law
    print(
        f"n = {n:>9,}: {estimate:.5f} +- {std_error:.5f}, "
        f"actual error {abs(estimate - exact_1d):.0e}"
    )
# > n =       100: 0.70954 +- 0.02131, actual error 4e-02
# > n =    10,000: 0.74720 +- 0.00201, actual error 4e-04
# > n = 1,000,000: 0.74668 +- 0.00020, actual error 1e-04

# 8-D: f(x_1) * ... * f(x_8) over the unit cube, 3^8 = 6561 points each.
d, m = 8, 3
exact = exact_1d**d
grid_1d = (np.arange(m) + 0.5) / m  # the midpoints of m strips per axis
grid = np.array(list(product(grid_1d, repeat=d)))  # all m^d grid points
midpoint = np.prod(f(grid), axis=1).mean()
points = rng.uniform(0, 1, size=(m**d, d))
mc = np.prod(f(points), axis=1).mean()
print(f"8-D midpoint grid: relative error {abs(midpoint / exact - 1):.3f}")
# > 8-D midpoint grid: relative error 0.037
print(f"8-D Monte Carlo:   relative error {abs(mc / exact - 1):.3f}")
# > 8-D Monte Carlo:   relative error 0.016
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

# Picture: error against the number of evaluations n, for three methods.
# The 8-D midpoint rule on this product of f's is the 1-D rule to the power 8.
strips = np.arange(1, 7)
midpoint_8d = [np.mean(f((np.arange(k) + 0.5) / k)) ** d for k in strips]
strips_1d = np.unique(np.logspace(0, 3, 20).astype(int))
midpoint_1d = [np.mean(f((np.arange(k) + 0.5) / k)) for k in strips_1d]
ns = np.unique(np.logspace(1, 5.5, 25).astype(int))
mc_8d = [np.prod(f(rng.uniform(0, 1, size=(k, d))), axis=1).mean() for k in ns]
sigma_8d = np.prod(f(rng.uniform(0, 1, size=(100_000, d))), axis=1).std(ddof=1)

fig, ax = plt.subplots(figsize=(6, 4))
ax.loglog(
    strips_1d, np.abs(np.array(midpoint_1d) - exact_1d), label="midpoint, 1-D"
)
ax.loglog(
    strips**d,
    np.abs(np.array(midpoint_8d) - exact),
    "s-",
    label="midpoint grid, 8-D",
)
ax.loglog(ns, np.abs(np.array(mc_8d) - exact), ".", label="Monte Carlo, 8-D")
ax.loglog(ns, sigma_8d / np.sqrt(ns), "k--", label="$\\sigma_f / \\sqrt{n}$")
ax.set(xlabel="function evaluations n", ylabel="absolute error")
ax.set_title("Grids slow down with dimension; Monte Carlo does not")
ax.legend(loc="lower left")
plt.show()
