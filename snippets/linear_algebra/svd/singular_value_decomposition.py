# --8<-- [start:lesson]
import numpy as np

A = np.array([[1.0, 1.0], [0.0, 1.0]])  # a shear: both eigenvalues are 1
U, s, Vt = np.linalg.svd(A)  # numpy returns V^T, not V
print("singular values:", np.round(s, 4))
# > singular values: [1.618 0.618]
print("eigenvalues:", np.round(np.linalg.eigvals(A), 4))  # not the same thing
# > eigenvalues: [1. 1.]
print("A = U S V^T:", np.allclose(U @ np.diag(s) @ Vt, A))
# > A = U S V^T: True
print(
    "U, V orthogonal:",
    np.allclose(U.T @ U, np.eye(2)),
    np.allclose(Vt @ Vt.T, np.eye(2)),
)
# > U, V orthogonal: True True

# A maps each right singular vector v_i to s_i times the left one u_i.
V = Vt.T
print("A v_i = s_i u_i:", np.allclose(A @ V, U * s))
# > A v_i = s_i u_i: True

# The eigenvalues of A^T A are the squared singular values.
print("eigenvalues of A^T A:", np.round(np.linalg.eigvalsh(A.T @ A)[::-1], 4))
# > eigenvalues of A^T A: [2.618 0.382]
print("s^2:", np.round(s**2, 4))
# > s^2: [2.618 0.382]

# Thin SVD of a tall 5 x 3 matrix of rank 2: U is 5 x 3, not 5 x 5.
rng = np.random.default_rng(0)
B = rng.standard_normal((5, 2)) @ rng.standard_normal((2, 3))
U_thin, s_B, Vt_B = np.linalg.svd(B, full_matrices=False)
print("shapes:", U_thin.shape, s_B.shape, Vt_B.shape)
# > shapes: (5, 3) (3,) (3, 3)
print(
    "rank = number of s_i above rounding:", int(np.sum(s_B > 1e-10 * s_B[0]))
)
# > rank = number of s_i above rounding: 2
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

# Signs of singular vectors are arbitrary: flip pairs (u_i, v_i) so that the
# first of the largest entries of v_i is positive, for a reproducible figure.
big = np.abs(V) > np.abs(V).max(axis=0) - 1e-9
flip = np.sign(V[np.argmax(big, axis=0), [0, 1]])
U, V = U * flip, V * flip
if np.linalg.det(V) < 0:  # make V (and so U, as det A > 0) a rotation
    U[:, 1], V[:, 1] = -U[:, 1], -V[:, 1]
t = np.linspace(0, 2 * np.pi, 200)
circle = np.vstack([np.cos(t), np.sin(t)])
stages = [
    ("$\\mathbf{x}$ on the unit circle", np.eye(2)),
    ("$V^\\top\\mathbf{x}$: rotate", V.T),
    ("$SV^\\top\\mathbf{x}$: stretch the axes", np.diag(s) @ V.T),
    ("$USV^\\top\\mathbf{x} = A\\mathbf{x}$: rotate", A),
]
fig, axes = plt.subplots(2, 2, figsize=(6.5, 6.5), sharex=True, sharey=True)
for ax, (title, M) in zip(axes.flat, stages, strict=True):
    ax.plot(*(M @ circle), color="tab:blue")
    for i, color in enumerate(["tab:red", "tab:green"]):
        ax.annotate(
            "",
            xy=M @ V[:, i],
            xytext=(0, 0),
            arrowprops={"arrowstyle": "->", "color": color, "lw": 2},
        )
    ax.set(aspect="equal", xlim=(-2, 2), ylim=(-2, 2))
    ax.set_title(title)
    ax.grid(alpha=0.3)
axes[0, 0].plot(
    [], [], color="tab:red", lw=2, label="$\\mathbf{v}_1$ and its images"
)
axes[0, 0].plot(
    [], [], color="tab:green", lw=2, label="$\\mathbf{v}_2$ and its images"
)
axes[0, 0].legend(loc="lower left", bbox_to_anchor=(0, 1.12), ncols=2)
plt.show()
