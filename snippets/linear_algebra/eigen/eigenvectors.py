# --8<-- [start:lesson]
import numpy as np

A = np.array([[2.0, 1.0], [1.0, 2.0]])
eigenvalues, Q = np.linalg.eigh(A)  # columns of Q are unit eigenvectors


def fix_signs(V):
    """Flip each column so that its largest-magnitude entry is positive."""
    big = (
        np.abs(V) > np.abs(V).max(axis=0) - 1e-9
    )  # ties within rounding count as equal
    rows = np.argmax(big, axis=0)  # the first of the largest entries
    return V * np.sign(V[rows, np.arange(V.shape[1])])


Q = fix_signs(
    Q
)  # -v is an eigenvector too; fix one sign so the output is reproducible
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
