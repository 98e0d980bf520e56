# --8<-- [start:lesson]
import numpy as np

# Onto a line: the closest c a to y leaves a residual orthogonal to a.
a = np.array([2.0, 1.0])
y = np.array([1.0, 2.0])
c = (a @ y) / (a @ a)
p = c * a
print(f"c = {c:.1f}, projection = {p}")
# > c = 0.8, projection = [1.6 0.8]
print("residual orthogonal to a:", abs(a @ (y - p)) < 1e-12)
# > residual orthogonal to a: True

# Onto a column space: fit a line w1 x + w0 to three points (x, y).
X = np.array([[0.0, 1.0], [1.0, 1.0], [2.0, 1.0]])  # columns: x and ones
y = np.array([1.0, 0.0, 3.0])
# The normal equations X^T X w = X^T y (X has full column rank).
w = np.linalg.solve(X.T @ X, X.T @ y)
y_hat = X @ w
r = y - y_hat
print("w =", np.round(w, 4))
# > w = [1.     0.3333]
print("y_hat =", np.round(y_hat, 4), " r =", np.round(r, 4))
# > y_hat = [0.3333 1.3333 2.3333]  r = [ 0.6667 -1.3333  0.6667]
print("X^T r = 0:", np.abs(X.T @ r).max() < 1e-12)
# > X^T r = 0: True

# Pythagoras: any other point X v of the column space is farther from y.
v = np.array([0.0, 1.0])
lhs = np.sum((y - X @ v) ** 2)
rhs = np.sum(r**2) + np.sum((X @ (w - v)) ** 2)
print(f"{lhs:.4f} = {np.sum(r**2):.4f} + {np.sum((X @ (w - v)) ** 2):.4f}")
# > 5.0000 = 2.6667 + 2.3333

# The projection matrix P = X (X^T X)^{-1} X^T: projecting twice = once.
P = X @ np.linalg.solve(X.T @ X, X.T)
print(
    "P y = y_hat:",
    np.allclose(P @ y, y_hat),
    " P P = P:",
    np.allclose(P @ P, P),
)
# > P y = y_hat: True  P P = P: True

# Rank deficient: a repeated column. Same projection, w is not unique.
X2 = np.column_stack([X, X[:, 0]])
w_min, *_ = np.linalg.lstsq(X2, y)  # lstsq returns the minimum-norm solution
w_other = w_min + np.array([1.0, 0.0, -1.0])  # X2 maps (1, 0, -1) to zero
print("w_min =", np.round(w_min, 4), f"norm {np.linalg.norm(w_min):.4f}")
# > w_min = [0.5    0.3333 0.5   ] norm 0.7817
print("w_other =", np.round(w_other, 4), f"norm {np.linalg.norm(w_other):.4f}")
# > w_other = [ 1.5     0.3333 -0.5   ] norm 1.6159
print(
    "same fit:",
    np.allclose(X2 @ w_min, y_hat),
    np.allclose(X2 @ w_other, y_hat),
)
# > same fit: True True
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

fig = plt.figure(figsize=(6, 5))
ax = fig.add_subplot(projection="3d")
# A patch of the column space: all points s * x_col + t * ones.
s, t = np.meshgrid(np.linspace(-0.6, 1.6, 2), np.linspace(-0.6, 1.6, 2))
plane = s[..., None] * X[:, 0] + t[..., None] * X[:, 1]
ax.plot_surface(*np.moveaxis(plane, -1, 0), color="tab:blue", alpha=0.2)
origin = np.zeros(3)
for vec, start, color, label in [
    (y, origin, "black", "$\\mathbf{y}$"),
    (
        y_hat,
        origin,
        "tab:blue",
        "$\\hat{\\mathbf{y}} = X\\mathbf{w}$ (in the column space)",
    ),
    (
        r,
        y_hat,
        "tab:red",
        "residual $\\mathbf{r} = \\mathbf{y} - X\\mathbf{w}$",
    ),
]:
    ax.quiver(*start, *vec, color=color, lw=2, arrow_length_ratio=0.08)
    ax.plot([], [], color=color, lw=2, label=label)
# A small square marks the right angle between r and the plane at y_hat.
u1 = r / np.linalg.norm(r) * 0.3
u2 = y_hat / np.linalg.norm(y_hat) * 0.3
corner = np.array([y_hat + u1, y_hat + u1 - u2, y_hat - u2])
ax.plot(*corner.T, color="tab:red", lw=1)
ax.set(xlabel="$y_1$", ylabel="$y_2$", zlabel="$y_3$")
ax.set_box_aspect((1, 1, 1))
ax.view_init(elev=25, azim=-130)
ax.legend(loc="upper left")
ax.set_title("Least squares projects y onto the column space of X")
plt.show()
