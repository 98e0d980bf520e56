# --8<-- [start:lesson]
import numpy as np


def relu(x):
    return np.maximum(0.0, x)


def hinge(x):
    return np.maximum(0.0, 1.0 - x)  # x plays the role of the margin y * score


def subgradients(f, x0, candidates, ys):
    """The candidates g with f(y) >= f(x0) + g (y - x0) at every test y."""
    return [
        g for g in candidates if np.all(f(ys) >= f(x0) + g * (ys - x0) - 1e-12)
    ]


ys = np.linspace(-3, 3, 601)
candidates = np.arange(-20, 21) / 10  # slopes -2.0, -1.9, ..., 2.0
for name, f, x0 in [
    ("|x| at 0", np.abs, 0.0),
    ("ReLU at 0", relu, 0.0),
    ("hinge at 1", hinge, 1.0),
]:
    g = subgradients(f, x0, candidates, ys)
    print(f"{name}: subgradients from {min(g):+.1f} to {max(g):+.1f}")
# > |x| at 0: subgradients from -1.0 to +1.0
# > ReLU at 0: subgradients from +0.0 to +1.0
# > hinge at 1: subgradients from -1.0 to +0.0
# Away from a kink the only subgradient is the derivative.
print(
    "|x| at 2:", [float(g) for g in subgradients(np.abs, 2.0, candidates, ys)]
)
# > |x| at 2: [1.0]
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

# Picture: lines through the kink of |x|; slopes in [-1, 1] stay below.
fig, ax = plt.subplots(figsize=(6, 4))
ax.plot(ys, np.abs(ys), lw=2.5, color="black", label="$|x|$")
for g in [-1.0, -0.5, 0.0, 0.5, 1.0]:
    ax.plot(ys, g * ys, "--", color="tab:blue", lw=1)
ax.plot([], [], "--", color="tab:blue", label="slopes $g \\in [-1, 1]$: below")
ax.plot(
    ys, 1.5 * ys, ":", color="tab:red", lw=2, label="slope 1.5: crosses above"
)
ax.set(
    xlim=(-3, 3),
    ylim=(-1.5, 3),
    xlabel="x",
    title="Subgradients of $|x|$ at 0",
)
ax.legend(loc="upper center")
plt.show()
