# --8<-- [start:lesson]
import numpy as np

A = np.array([[2.0, 1.0], [1.0, 2.0]])
eigenvalues, Q = np.linalg.eigh(A)  # columns of Q are unit eigenvectors


def fix_signs(V):
    """Flip each column so that its largest-magnitude entry is positive."""
    # Entries within rounding of the column's largest magnitude count as ties.
    big = np.abs(V) > np.abs(V).max(axis=0) - 1e-9
    rows = np.argmax(big, axis=0)  # the first of the largest entries
    return V * np.sign(V[rows, np.arange(V.shape[1])])


# -v is an eigenvector too: fix one sign so the output is reproducible.
Q = fix_signs(Q)
print(eigenvalues)
# > [1. 3.]
print(np.round(Q, 4))
# > [[ 0.7071  0.7071]
# >  [-0.7071  0.7071]]

# Each column v satisfies A v = lambda v.
for lam, v in zip(eigenvalues, Q.T, strict=True):
    print(
        f"lambda = {lam:.0f}: A v = {np.round(A @ v, 4)},"
        f" lambda v = {np.round(lam * v, 4)}"
    )
# > lambda = 1: A v = [ 0.7071 -0.7071], lambda v = [ 0.7071 -0.7071]
# > lambda = 3: A v = [2.1213 2.1213], lambda v = [2.1213 2.1213]

# Spectral theorem: Q is orthogonal (Q^T Q = I) and A = Q diag(lambda) Q^T.
print("Q^T Q = I:", np.allclose(Q.T @ Q, np.eye(2)))
# > Q^T Q = I: True
print("A = Q Lambda Q^T:", np.allclose(Q @ np.diag(eigenvalues) @ Q.T, A))
# > A = Q Lambda Q^T: True


def rayleigh(v):
    """R(v) = v^T A v / v^T v: a weighted average of the eigenvalues."""
    return (v @ A @ v) / (v @ v)


# Between lambda_min = 1 and lambda_max = 3, and equal to them at q_1, q_2.
e1 = np.array([1.0, 0.0])
print(
    f"R(e_1) = {rayleigh(e1):.1f}, R(q_1) = {rayleigh(Q[:, 0]):.1f},"
    f" R(q_2) = {rayleigh(Q[:, 1]):.1f}"
)
# > R(e_1) = 2.0, R(q_1) = 1.0, R(q_2) = 3.0
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

# A maps the unit circle to an ellipse: axes along eigenvectors, |lambda|.
t = np.linspace(0, 2 * np.pi, 200)
circle = np.vstack([np.cos(t), np.sin(t)])
ellipse = A @ circle
fig, ax = plt.subplots(figsize=(5.5, 5))
ax.plot(*circle, color="tab:gray", ls="--", label="unit circle")
ax.plot(*ellipse, color="tab:blue", label="A applied to the circle")
for lam, v, color in zip(
    eigenvalues, Q.T, ["tab:red", "tab:green"], strict=True
):
    ax.annotate(
        "",
        xy=lam * v,
        xytext=(0, 0),
        arrowprops={"arrowstyle": "->", "color": color, "lw": 2},
    )
    ax.plot(
        [],
        [],
        color=color,
        lw=2,
        label=f"eigenvector times $\\lambda$ = {lam:.0f}",
    )
ax.set(
    aspect="equal",
    xlim=(-3.5, 3.5),
    ylim=(-3.5, 3.5),
    xlabel="$x_1$",
    ylabel="$x_2$",
)
ax.set_title("A stretches the circle along its eigenvectors")
ax.grid(alpha=0.3)
ax.legend(loc="lower right")
plt.show()
