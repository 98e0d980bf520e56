# --8<-- [start:lesson]
import numpy as np
from scipy.optimize import rosen, rosen_der


def rosenbrock(x, y):
    # Works on scalars and, unchanged, on whole numpy grids (vectorised).
    return (1 - x) ** 2 + 100 * (y - x**2) ** 2


def rosenbrock_grad(x, y):
    dfdx = 2 * (x - 1) - 400 * x * (y - x**2)
    dfdy = 200 * (y - x**2)
    return np.array([dfdx, dfdy])


for x, y in [(-1.2, 1.0), (0.0, 0.0)]:
    grad = rosenbrock_grad(x, y)
    print(f"f({x}, {y}) = {rosenbrock(x, y):.4f}, grad = {grad}")
# > f(-1.2, 1.0) = 24.2000, grad = [-215.6  -88. ]
# > f(0.0, 0.0) = 1.0000, grad = [-2.  0.]
print("gradient at (1, 1) is zero:", np.all(rosenbrock_grad(1.0, 1.0) == 0))
# > gradient at (1, 1) is zero: True

# Check the hand-written versions against scipy's reference implementation.
p = np.array([-1.2, 1.0])
print(
    np.isclose(rosenbrock(*p), rosen(p)),
    np.allclose(rosenbrock_grad(*p), rosen_der(p)),
)
# > True True

# A central finite difference confirms the gradient formula independently.
h = 1e-6
numeric = [
    (rosenbrock(*(p + e)) - rosenbrock(*(p - e))) / (2 * h)
    for e in h * np.eye(2)
]
print(np.round(numeric, 4))
# > [-215.6  -88. ]

# Evaluate on an 80 x 80 grid in one call: no Python loop over points.
xs, ys = np.linspace(-2, 2, 80), np.linspace(-1, 3, 80)
X, Y = np.meshgrid(xs, ys)
Z = rosenbrock(X, Y)
i, j = np.unravel_index(Z.argmin(), Z.shape)
print(Z.shape, f"grid minimum {Z[i, j]:.4f} at ({X[i, j]:.3f}, {Y[i, j]:.3f})")
# > (80, 80) grid minimum 0.0002 at (0.987, 0.975)
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson
from matplotlib.colors import LogNorm

fig, ax = plt.subplots(figsize=(6, 4))
ax.contour(
    X, Y, Z, levels=np.logspace(0.5, 3.5, 7), norm=LogNorm(), cmap="viridis"
)
ax.plot(
    xs, xs**2, "--", color="tab:gray", lw=1, label="valley floor $y = x^2$"
)
ax.plot(1, 1, "*", color="tab:red", ms=12, label="minimum (1, 1)")
ax.plot(-1.2, 1, "o", color="tab:blue", label="usual start (-1.2, 1)")
ax.set(xlim=(-2, 2), ylim=(-1, 3), xlabel="$x$", ylabel="$y$")
ax.set_title("Rosenbrock function: a curved valley")
ax.legend(loc="lower right")
plt.show()
