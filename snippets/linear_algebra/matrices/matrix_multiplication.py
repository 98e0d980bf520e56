# --8<-- [start:lesson]
import numpy as np

A = np.array([[2.0, 1.0], [0.5, 1.5]])
e1, e2 = np.array([1.0, 0.0]), np.array([0.0, 1.0])
print(A @ e1, A @ e2)  # the images of e1 and e2 are the columns of A
# > [2.  0.5] [1.  1.5]

# A x is the combination of the columns of A with the entries of x as weights.
x = np.array([1.0, 2.0])
print(A @ x, x[0] * A[:, 0] + x[1] * A[:, 1])
# > [4.  3.5] [4.  3.5]

# Entry (i, j) of AB is row i of A dotted with column j of B.
B = np.array([[0.0, -1.0], [1.0, 0.0]])  # a quarter turn
print(A @ B)
# > [[ 1.  -2. ]
# >  [ 1.5 -0.5]]
print(A[0] @ B[:, 1])
# > -2.0

# AB applies B first, then A; order matters.
print(np.allclose((A @ B) @ x, A @ (B @ x)))
# > True
print(B @ A)
# > [[-0.5 -1.5]
# >  [ 2.   1. ]]

# The identity changes nothing.
I2 = np.eye(2)  # the 2 x 2 identity
print(np.array_equal(I2 @ x, x), np.array_equal(A @ I2, A))
# > True True

# Shapes: (2, 3) @ (3, 4) -> (2, 4); the inner sizes must agree.
print((np.ones((2, 3)) @ np.ones((3, 4))).shape)
# > (2, 4)
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

fig, axes = plt.subplots(1, 2, figsize=(7, 4), sharey=True)
t = np.linspace(-8, 8, 2)
square = np.array([[0.0, 1.0, 1.0, 0.0], [0.0, 0.0, 1.0, 1.0]])
for ax, M, title in [
    (axes[0], I2, "before: the grid of $\\mathbb{R}^2$"),
    (axes[1], A, "after: every point x moved to A x"),
]:
    for c in range(-8, 9):  # the lines x1 = c and x2 = c, mapped by M
        for line in (
            np.stack([np.full(2, c), t]),
            np.stack([t, np.full(2, c)]),
        ):
            ax.plot(*(M @ line), color="tab:gray", lw=0.8)
    ax.fill(
        *(M @ square), color="tab:orange", alpha=0.4
    )  # one cell of the grid
    for col, color in [
        (0, "tab:blue"),
        (1, "tab:red"),
    ]:
        ax.annotate(
            "",
            xy=M[:, col],
            xytext=(0, 0),
            arrowprops={"arrowstyle": "->", "color": color, "lw": 2.5},
        )
        ax.plot([], [], color=color, lw=2.5, label=f"image of $e_{col + 1}$")
    ax.set(
        xlim=(-3, 3), ylim=(-3, 3), aspect="equal", xlabel="$x_1$", title=title
    )
axes[0].set_ylabel("$x_2$")
axes[1].legend(loc="lower right")
plt.show()
