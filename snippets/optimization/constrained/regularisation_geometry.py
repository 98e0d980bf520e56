# --8<-- [start:lesson]
import numpy as np


def soft_threshold(z, t):
    # The proximal operator of t * |.|_1: shrink towards 0, stop at 0.
    return np.sign(z) * np.maximum(np.abs(z) - t, 0.0)


z = np.array([3.0, 0.4, -0.2, -1.5])
print("soft-threshold at t = 0.5:", soft_threshold(z, 0.5) + 0.0)
# > soft-threshold at t = 0.5: [ 2.5  0.   0.  -1. ]
print("ridge-style shrink by 1/(1 + 0.5):", np.round(z / 1.5, 3))
# > ridge-style shrink by 1/(1 + 0.5): [ 2.     0.267 -0.133 -1.   ]
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson
from scipy.optimize import minimize

# A least-squares bowl centred outside both unit balls.
centre, A = np.array([2.0, 0.6]), np.diag([1.0, 1.5])


def bowl(w):
    return (w - centre) @ A @ (w - centre)


solutions = {}
for q in (1, 2):
    ball = {"type": "ineq", "fun": lambda w, q=q: 1 - np.linalg.norm(w, q)}
    res = minimize(bowl, x0=[0.1, 0.1], method="SLSQP", constraints=[ball])
    solutions[q] = res.x

fig, ax = plt.subplots(figsize=(6, 4))
G = np.meshgrid(np.linspace(-1.5, 3, 200), np.linspace(-1.5, 1.6, 200))
D = np.stack(G, axis=-1) - centre
F = np.einsum("...i,ij,...j", D, A, D)
ax.contour(*G, F, levels=[0.3, 3, 6], colors="tab:gray", linewidths=0.7)
a = np.linspace(0, 2 * np.pi, 200)
for q, colour, ball_x, ball_y in [
    (2, "tab:blue", np.cos(a), np.sin(a)),
    (1, "tab:orange", [1, 0, -1, 0, 1], [0, 1, 0, -1, 0]),
]:
    ax.plot(ball_x, ball_y, color=colour, lw=2, label=f"L{q} ball")
    level = bowl(solutions[q])  # the level curve that touches this ball
    ax.contour(*G, F, levels=[level], colors=colour, linestyles="--")
    ax.plot(*solutions[q], "o", color=colour, ms=9)
ax.plot(*centre, "*", color="tab:red", ms=12, label="unregularised minimum")
ax.set(
    xlim=(-1.5, 3),
    ylim=(-1.5, 1.6),
    aspect="equal",
    xlabel="$w_1$",
    ylabel="$w_2$",
)
ax.set_title("The L1 ball is touched at a corner: $w_2 = 0$")
ax.legend(loc="lower right")
plt.show()
