# --8<-- [start:lesson]
import numpy as np
from scipy.linalg import solve_triangular


def gram_schmidt(X):
    """X = Q R, X of full column rank: Q orthonormal, R upper triangular."""
    n, d = X.shape
    Q, R = np.zeros((n, d)), np.zeros((d, d))
    for j in range(d):
        u = X[:, j].copy()
        for i in range(j):
            R[i, j] = Q[:, i] @ X[:, j]  # component of column j along q_i
            u -= R[i, j] * Q[:, i]  # remove it
        # Now u is orthogonal to q_1, ..., q_{j-1}: normalise it.
        R[j, j] = np.linalg.norm(u)
        Q[:, j] = u / R[j, j]
    return Q, R


X = np.array([[0.0, 1.0], [1.0, 1.0], [2.0, 1.0]])
y = np.array([1.0, 0.0, 3.0])
Q, R = gram_schmidt(X)
print(np.round(Q, 4))
# > [[ 0.      0.9129]
# >  [ 0.4472  0.3651]
# >  [ 0.8944 -0.1826]]
print(np.round(R, 4))
# > [[2.2361 1.3416]
# >  [0.     1.0954]]
print(
    "Q^T Q = I:",
    np.allclose(Q.T @ Q, np.eye(2)),
    " QR = X:",
    np.allclose(Q @ R, X),
)
# > Q^T Q = I: True  QR = X: True

# numpy's QR (Householder) agrees once signs make diag(R) positive.
Qh, Rh = np.linalg.qr(X)
signs = np.sign(np.diag(Rh))
print(
    "same Q:",
    np.allclose(Qh * signs, Q),
    " same R:",
    np.allclose(signs[:, None] * Rh, R),
)
# > same Q: True  same R: True

# Least squares: X^T X w = X^T y becomes R w = Q^T y (back substitution).
w = solve_triangular(R, Q.T @ y)
print("w =", np.round(w, 4))
# > w = [1.     0.3333]
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

# Gram-Schmidt in 2-D: a2 minus its projection onto q1 is orthogonal to q1.
a1, a2 = np.array([3.0, 1.0]), np.array([1.5, 2.5])
q1 = a1 / np.linalg.norm(a1)
proj = (q1 @ a2) * q1
u2 = a2 - proj
q2 = u2 / np.linalg.norm(u2)
fig, ax = plt.subplots(figsize=(6, 4))
arrows = [
    (
        (0, 0),
        a1,
        "tab:gray",
        "$\\mathbf{a}_1$, $\\mathbf{a}_2$ (columns of $X$)",
    ),
    ((0, 0), a2, "tab:gray", None),
    (
        (0, 0),
        proj,
        "tab:orange",
        "$(\\mathbf{q}_1^\\top\\mathbf{a}_2)\\,\\mathbf{q}_1$",
    ),
    (proj, u2, "tab:red", "$\\mathbf{a}_2$ minus that part"),
    (
        (0, 0),
        q1,
        "tab:blue",
        "$\\mathbf{q}_1$, $\\mathbf{q}_2$ (columns of $Q$)",
    ),
    ((0, 0), q2, "tab:blue", None),
]
for start, vec, color, label in arrows:
    ax.annotate(
        "",
        xy=np.add(start, vec),
        xytext=start,
        arrowprops={"arrowstyle": "->", "color": color, "lw": 2},
    )
    if label:
        ax.plot([], [], color=color, lw=2, label=label)
ax.set(
    xlim=(-0.8, 6),
    ylim=(-0.3, 3),
    aspect="equal",
    xlabel="$x_1$",
    ylabel="$x_2$",
)
ax.set_title("Gram-Schmidt: subtract the projection, then normalise")
ax.grid(alpha=0.3)
ax.legend(loc="upper right")
plt.show()
