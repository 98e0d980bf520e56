# --8<-- [start:lesson]
import numpy as np

A = np.array([[2.0, 1.0], [1.0, 2.0]])

# A is symmetric, so use eigvalsh: real eigenvalues, in ascending order.
eigenvalues = np.linalg.eigvalsh(A)
print(eigenvalues)
# > [1. 3.]

# The eigenvalues sum to the trace and multiply to the determinant.
print(f"sum = {eigenvalues.sum():.1f}, trace = {np.trace(A):.1f}")
# > sum = 4.0, trace = 4.0
print(f"product = {eigenvalues.prod():.1f}, det = {np.linalg.det(A):.1f}")
# > product = 3.0, det = 3.0

# (1, 0) is turned by A; (1, 1) is only stretched, by its eigenvalue 3.
print(A @ np.array([1.0, 0.0]), A @ np.array([1.0, 1.0]))
# > [2. 1.] [3. 3.]

# A shear: eigenvalue 1 twice (algebraic multiplicity 2), trace 1 + 1.
S = np.array([[1.0, 1.0], [0.0, 1.0]])
print(
    np.round(np.linalg.eigvals(S), 4),
    f"trace {np.trace(S):.1f}, det {np.linalg.det(S):.1f}",
)
# > [1. 1.] trace 2.0, det 1.0

# eig promises no order; a non-symmetric matrix may have complex ones.
R = np.array([[0.0, -1.0], [1.0, 0.0]])  # a 90-degree rotation
ev = np.linalg.eigvals(R)  # the pair +-i: real parts 0 up to rounding
print("imaginary parts:", np.sort(ev.imag), np.allclose(ev.real, 0.0))
# > imaginary parts: [-1.  1.] True
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

fig, axes = plt.subplots(1, 2, figsize=(7, 3.8), sharey=True)
for ax, v, title in [
    (axes[0], np.array([1.0, 0.0]), "not an eigenvector: turned"),
    (
        axes[1],
        np.array([1.0, 1.0]) / np.sqrt(2),
        "an eigenvector: only stretched",
    ),
]:
    span = np.outer([-1.0, 4.0], v)  # the line through v
    ax.plot(
        *span.T, color="tab:gray", ls=":", label="line through $\\mathbf{v}$"
    )
    for vec, color, label in [
        (A @ v, "tab:blue", "$A\\mathbf{v}$"),
        (v, "black", "$\\mathbf{v}$"),
    ]:
        ax.annotate(
            "",
            xy=vec,
            xytext=(0, 0),
            arrowprops={"arrowstyle": "->", "color": color, "lw": 2.5},
        )
        ax.plot([], [], color=color, lw=2.5, label=label)
    ax.set(xlim=(-0.5, 2.7), ylim=(-0.5, 2.7), aspect="equal", xlabel="$x_1$")
    ax.set_title(title)
    ax.grid(alpha=0.3)
    ax.legend(loc="upper left")
axes[0].set_ylabel("$x_2$")
plt.show()
