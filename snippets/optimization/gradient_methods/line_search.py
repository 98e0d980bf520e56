# --8<-- [start:lesson]
import numpy as np
from scipy.optimize import line_search, rosen, rosen_der


def backtracking(f, x, g, d, t=1.0, tau=0.5, c1=1e-4):
    # Shrink t until Armijo holds: f(x + t d) <= f(x) + c1 t g^T d.
    while f(x + t * d) > f(x) + c1 * t * (g @ d):
        t *= tau
    return t


x0 = np.array([-1.2, 1.0])
g0 = rosen_der(x0)
t = backtracking(rosen, x0, g0, -g0)
print(
    f"accepted step t = {t:.2e}: "
    f"f goes from {rosen(x0):.2f} to {rosen(x0 - t * g0):.2f}"
)
# > accepted step t = 9.77e-04: f goes from 24.20 to 5.10

# Gradient descent with a fresh Armijo step at every iteration vs a fixed step.
step_rules = {
    "fixed lr = 1e-3": lambda x, g: 1e-3,
    "backtracking": lambda x, g: backtracking(rosen, x, g, -g),
}
for name, step in step_rules.items():
    x = x0.copy()
    for _ in range(2000):
        g = rosen_der(x)
        x = x - step(x, g) * g
    print(f"{name:<16} f after 2000 steps = {rosen(x):.2e}")
# > fixed lr = 1e-3  f after 2000 steps = 7.82e-02
# > backtracking     f after 2000 steps = 1.29e-04

# scipy's line search returns a step satisfying the strong Wolfe conditions.
c1, c2, d = 1e-4, 0.9, -g0
t = line_search(rosen, rosen_der, x0, d, c1=c1, c2=c2)[0]
armijo = rosen(x0 + t * d) <= rosen(x0) + c1 * t * (g0 @ d)
curvature = abs(rosen_der(x0 + t * d) @ d) <= c2 * abs(g0 @ d)
print(f"Wolfe step t = {t:.2e}: Armijo {armijo}, curvature {curvature}")
# > Wolfe step t = 9.38e-04: Armijo True, curvature True
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

ts = np.linspace(0, 0.002, 200)
phi = np.array([rosen(x0 - s * g0) for s in ts])
slope = -(g0 @ g0)
armijo_line = rosen(x0) + c1 * ts * slope
fig, ax = plt.subplots(figsize=(6, 4))
ms = 1000 * ts  # plot t in units of 1e-3
ax.plot(
    ms, phi, color="tab:blue", lw=2, label="$f(\\mathbf{x} + t\\mathbf{d})$"
)
ax.plot(
    ms,
    armijo_line,
    "--",
    color="tab:green",
    label="Armijo line, $c_1 = 10^{-4}$",
)
ax.plot(
    ms[:20],
    rosen(x0) + ts[:20] * slope,
    ":",
    color="tab:gray",
    lw=2,
    label="tangent",
)
ax.fill_between(
    ms,
    0,
    40,
    where=phi <= armijo_line,
    color="tab:green",
    alpha=0.15,
    label="accepted by Armijo",
)
ax.set(
    xlabel="step length $t$ (units of $10^{-3}$)", ylabel="$f$", ylim=(0, 40)
)
ax.set_title("Along $\\mathbf{d} = -\\nabla f$ from $(-1.2, 1)$")
ax.legend(loc="lower right")
plt.show()
