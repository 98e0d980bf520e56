import matplotlib.pyplot as plt
import numpy as np

A = np.array([[2.0, 1.0], [1.0, 2.0]])
eigenvalues, eigenvectors = np.linalg.eigh(A)  # columns are unit eigenvectors
# An eigenvector's sign is arbitrary (-v is one too); fix it so the output is reproducible.
eigenvectors = eigenvectors * np.sign(eigenvectors[0])
print(eigenvalues)
# > [1. 3.]
print(np.round(eigenvectors, 4))
# > [[ 0.7071  0.7071]
# >  [-0.7071  0.7071]]

# Each column v satisfies A v = lambda v.
for lam, v in zip(eigenvalues, eigenvectors.T, strict=True):
    print(
        f"lambda = {lam:.0f}: A v = {np.round(A @ v, 4)}, lambda v = {np.round(lam * v, 4)}"
    )
# > lambda = 1: A v = [ 0.7071 -0.7071], lambda v = [ 0.7071 -0.7071]
# > lambda = 3: A v = [2.1213 2.1213], lambda v = [2.1213 2.1213]

# A maps the unit circle to an ellipse whose axes are the eigenvectors, scaled by the eigenvalues.
t = np.linspace(0, 2 * np.pi, 200)
circle = np.vstack([np.cos(t), np.sin(t)])
ellipse = A @ circle
fig, ax = plt.subplots(figsize=(5, 5))
ax.plot(*circle, color="tab:gray", ls="--", label="unit circle")
ax.plot(*ellipse, color="tab:blue", label="A applied to the circle")
for lam, v, color in zip(
    eigenvalues, eigenvectors.T, ["tab:red", "tab:green"], strict=True
):
    ax.annotate(
        "",
        xy=lam * v,
        xytext=(0, 0),
        arrowprops={"arrowstyle": "->", "color": color, "lw": 2},
    )
    ax.plot([], [], color=color, label=f"eigenvector scaled by $\\lambda$ = {lam:.0f}")
ax.set(
    aspect="equal", xlim=(-3.5, 3.5), ylim=(-3.5, 3.5), xlabel="$x_1$", ylabel="$x_2$"
)
ax.set_title("[[2, 1], [1, 2]] stretches the circle along its eigenvectors")
ax.grid(alpha=0.3)
ax.legend(loc="lower right", fontsize=8)
plt.show()
