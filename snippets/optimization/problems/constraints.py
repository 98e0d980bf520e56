import matplotlib.pyplot as plt
import numpy as np
from scipy.optimize import minimize


def objective(p):
    # Unconstrained minimum at (1, 1), which violates x + y <= 1.
    return (p[0] - 1) ** 2 + (p[1] - 1) ** 2


# scipy's convention: an 'ineq' constraint means fun(p) >= 0.
right = {"type": "ineq", "fun": lambda p: 1 - p[0] - p[1]}  # x + y <= 1
wrong = {"type": "ineq", "fun": lambda p: p[0] + p[1] - 1}  # source's sign: x + y >= 1

for name, con in [("1 - x - y >= 0", right), ("x + y - 1 >= 0", wrong)]:
    res = minimize(objective, x0=[0.0, 0.0], method="SLSQP", constraints=[con])
    x, y = res.x
    print(f"{name}: x = {x:.4f}, y = {y:.4f}, x + y = {x + y:.4f}, f = {res.fun:.4f}")
# > 1 - x - y >= 0: x = 0.5000, y = 0.5000, x + y = 1.0000, f = 0.5000
# > x + y - 1 >= 0: x = 1.0000, y = 1.0000, x + y = 2.0000, f = 0.0000


# A feasibility check makes the sign convention explicit.
def feasible(p):
    return 1 - p[0] - p[1] >= 0


print([feasible(p) for p in [(0.5, 0.5), (1.0, 1.0), (-3.0, 2.0)]])
# > [True, False, True]

fig, ax = plt.subplots(figsize=(6, 4))
t = np.linspace(-1, 2, 2)
ax.fill_between(t, -1, 1 - t, alpha=0.25, label="feasible: $x + y \\leq 1$")
ax.fill_between(
    t, 1 - t, 2, color="tab:red", alpha=0.08, label="source's sign: $x + y \\geq 1$"
)
ax.plot(t, 1 - t, color="tab:blue", lw=1.5)
for r in [0.5, 1.0, 1.5]:
    a = np.linspace(0, 2 * np.pi, 100)
    ax.plot(1 + r * np.cos(a), 1 + r * np.sin(a), color="tab:gray", lw=0.8)
ax.plot(0.5, 0.5, "o", color="tab:green", ms=8, label="right sign: (0.5, 0.5)")
ax.plot(1, 1, "X", color="tab:red", ms=9, label="wrong sign: (1, 1)")
ax.set(xlim=(-1, 2), ylim=(-1, 2), aspect="equal", xlabel="$x$", ylabel="$y$")
ax.set_title("min $(x-1)^2 + (y-1)^2$ subject to $x + y \\leq 1$")
ax.legend(loc="upper left", fontsize=8)
plt.show()
