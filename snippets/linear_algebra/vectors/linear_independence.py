# --8<-- [start:lesson]
import numpy as np

v1 = np.array([1.0, 0.0, 2.0])
v2 = np.array([0.0, 1.0, 1.0])
v3 = v1 + 2 * v2  # built from v1 and v2, so it adds no new direction
print(v3)
# > [1. 2. 4.]

# A nontrivial combination gives the zero vector: v1, v2, v3 are dependent.
print(np.all(1 * v1 + 2 * v2 - 1 * v3 == 0))
# > True

# np.linalg.matrix_rank counts independent vectors (stacked as columns).
print(np.linalg.matrix_rank(np.column_stack([v1, v2, v3])))
# > 2
print(np.linalg.matrix_rank(np.column_stack([v1, v2, [0.0, 0.0, 1.0]])))
# > 3

# In a basis, every vector has unique coordinates; here b1, b2 of R^2.
b1, b2 = np.array([2.0, 1.0]), np.array([1.0, 2.0])
x = np.array([4.0, 5.0])
print(np.allclose(1 * b1 + 2 * b2, x))  # the coordinates of x are (1, 2)
# > True
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

fig, axes = plt.subplots(1, 2, figsize=(7, 4), sharey=True)
t = np.linspace(-6, 6, 2)
pairs = [
    (
        np.array([1.0, 0.5]),
        np.array([0.5, 1.0]),
        "independent: span is the plane",
    ),
    (
        np.array([1.0, 0.5]),
        np.array([-1.5, -0.75]),
        "dependent: span is a line",
    ),
]
for ax, (a, b, title) in zip(axes, pairs, strict=True):
    for c in range(-6, 7):  # grid lines c a + t b and c b + t a
        line1 = c * a[:, None] + b[:, None] * t
        line2 = c * b[:, None] + a[:, None] * t
        ax.plot(*line1, color="tab:gray", lw=0.8)
        ax.plot(*line2, color="tab:gray", lw=0.8)
    for vec, name, color in [(a, "a", "tab:blue"), (b, "b", "tab:red")]:
        ax.annotate(
            "",
            xy=vec,
            xytext=(0, 0),
            arrowprops={"arrowstyle": "->", "color": color, "lw": 2.5},
        )
        ax.plot([], [], color=color, lw=2.5, label=name)
    ax.set(
        xlim=(-3, 3), ylim=(-3, 3), aspect="equal", xlabel="$x_1$", title=title
    )
    ax.legend(loc="lower right")
axes[0].set_ylabel("$x_2$")
plt.show()
