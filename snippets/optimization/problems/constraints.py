# --8<-- [start:lesson]
import numpy as np
from scipy.optimize import minimize


def objective(p):
    # Unconstrained minimum at (1, 1), which violates x + y <= 1.
    return (p[0] - 1) ** 2 + (p[1] - 1) ** 2


def g(p):
    # The constraint x + y <= 1 in standard form g(p) <= 0.
    return p[0] + p[1] - 1


# scipy's convention: an 'ineq' constraint means fun(p) >= 0, so pass -g.
right = {"type": "ineq", "fun": lambda p: -g(p)}
wrong = {"type": "ineq", "fun": g}  # means g >= 0: the excluded half-plane

for name, con in [("-g >= 0", right), (" g >= 0", wrong)]:
    res = minimize(objective, x0=[0.0, 0.0], method="SLSQP", constraints=[con])
    x, y = res.x
    print(
        f"{name}: x = {x:.4f}, y = {y:.4f}, x + y = {x + y:.4f}, "
        f"f = {res.fun:.4f}"
    )
# > -g >= 0: x = 0.5000, y = 0.5000, x + y = 1.0000, f = 0.5000
# >  g >= 0: x = 1.0000, y = 1.0000, x + y = 2.0000, f = 0.0000

# A feasibility check written from the maths, not from scipy's convention.
print([bool(g(p) <= 0) for p in [(0.5, 0.5), (1.0, 1.0), (-3.0, 2.0)]])
# > [True, False, True]
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

fig, ax = plt.subplots(figsize=(6, 4))
t = np.linspace(-1, 2, 2)
ax.fill_between(t, -1, 1 - t, alpha=0.25, label="feasible: $x + y \\leq 1$")
ax.fill_between(
    t,
    1 - t,
    2,
    color="tab:red",
    alpha=0.08,
    label="wrong sign: $x + y \\geq 1$",
)
ax.plot(t, 1 - t, color="tab:blue", lw=1.5)
for r in [0.5, 1.0, 1.5]:
    a = np.linspace(0, 2 * np.pi, 100)
    ax.plot(1 + r * np.cos(a), 1 + r * np.sin(a), color="tab:gray", lw=0.8)
ax.plot(0.5, 0.5, "o", color="tab:green", ms=8, label="right sign: (0.5, 0.5)")
ax.plot(1, 1, "X", color="tab:red", ms=9, label="wrong sign: (1, 1)")
ax.set(xlim=(-1, 2), ylim=(-1, 2), aspect="equal", xlabel="$x$", ylabel="$y$")
ax.set_title("min $(x-1)^2 + (y-1)^2$ s.t. $x + y \\leq 1$")
ax.legend(loc="center left", bbox_to_anchor=(1.0, 0.5))
plt.show()
