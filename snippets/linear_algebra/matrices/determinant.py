# --8<-- [start:lesson]
import numpy as np

A = np.array([[2.0, 1.0], [0.5, 1.5]])
det_2x2 = A[0, 0] * A[1, 1] - A[0, 1] * A[1, 0]  # A11 A22 - A12 A21
print(det_2x2, f"{np.linalg.det(A):.4f}")  # the formula, and numpy's
# > 2.5 2.5000

# |det A| is the area of the image of the unit square (shoelace formula).
corners = A @ np.array([[0.0, 1.0, 1.0, 0.0], [0.0, 0.0, 1.0, 1.0]])
px, py = corners
area = 0.5 * abs(px @ np.roll(py, -1) - py @ np.roll(px, -1))
print(f"area = {area:.4f}")
# > area = 2.5000

# Properties: det(AB) = det A det B, det(A^T) = det A, a swap flips the sign.
B = np.array([[1.0, 2.0], [-1.0, 3.0]])
print(
    f"{np.linalg.det(A @ B):.4f} = {np.linalg.det(A) * np.linalg.det(B):.4f}"
)
# > 12.5000 = 12.5000
print(
    f"{np.linalg.det(A.T):.4f}, "
    f"swapped columns: {np.linalg.det(A[:, ::-1]):.4f}"
)
# > 2.5000, swapped columns: -2.5000

# Dependent columns flatten the square to a segment: det = 0, no inverse.
S = np.array([[1.0, 2.0], [0.5, 1.0]])  # column 2 = 2 * column 1
print(abs(np.linalg.det(S)) < 1e-12, np.linalg.matrix_rank(S))
# > True 1
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

square = np.array([[0.0, 1.0, 1.0, 0.0], [0.0, 0.0, 1.0, 1.0]])
fig, axes = plt.subplots(1, 2, figsize=(7, 4), sharey=True)
for ax, M, title in [
    (axes[0], A, f"det A = {np.linalg.det(A):.1f}: area times 2.5"),
    (axes[1], S, "det S = 0: flattened to a segment"),
]:
    ax.fill(*square, color="tab:gray", alpha=0.3, label="unit square")
    ax.fill(*(M @ square), color="tab:blue", alpha=0.4, label="its image")
    ax.plot(*(M @ square)[:, [0, 1, 2, 3, 0]], color="tab:blue", lw=2)
    ax.set(xlim=(-0.5, 3.5), ylim=(-0.5, 3.0), aspect="equal", xlabel="$x_1$")
    ax.set_title(title)
    ax.grid(alpha=0.3)
axes[0].set_ylabel("$x_2$")
axes[0].legend(loc="upper left")
plt.show()
