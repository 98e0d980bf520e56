# --8<-- [start:lesson]
import numpy as np

# Synthetic data around the line y = 2x + 1.
rng = np.random.default_rng(0)
n = 50
x = rng.uniform(-1, 1, size=n)
y = 2 * x + 1 + rng.normal(scale=0.3, size=n)


def mse(w, b):
    return np.mean((w * x + b - y) ** 2)


def mse_gradient(w, b):
    r = w * x + b - y  # residuals
    return 2 * np.mean(r * x), 2 * np.mean(r)


# Check the hand-derived gradient against central differences at some point.
h = 1e-6
numeric = (
    (mse(0.5 + h, -0.3) - mse(0.5 - h, -0.3)) / (2 * h),
    (mse(0.5, -0.3 + h) - mse(0.5, -0.3 - h)) / (2 * h),
)
print(np.allclose(mse_gradient(0.5, -0.3), numeric))
# > True

# Gradient descent from w = b = 0, keeping the path for the picture.
w, b, eta = 0.0, 0.0, 0.1
path = [(w, b)]
for step in range(1, 501):
    dw, db = mse_gradient(w, b)
    w, b = w - eta * dw, b - eta * db
    path.append((w, b))
    if step in (1, 10, 100, 500):
        print(
            f"step {step:3d}: w = {w:.4f}, b = {b:.4f}, MSE = {mse(w, b):.6f}"
        )
# > step   1: w = 0.1532, b = 0.2235, MSE = 2.133168
# > step  10: w = 1.0839, b = 0.9617, MSE = 0.435037
# > step 100: w = 2.0767, b = 1.0059, MSE = 0.089405
# > step 500: w = 2.0785, b = 1.0057, MSE = 0.089404

# The closed-form least-squares answer for the same loss.
X = np.column_stack([x, np.ones(n)])
(w_ls, b_ls), *_ = np.linalg.lstsq(X, y, rcond=None)
print(f"lstsq:    w = {w_ls:.4f}, b = {b_ls:.4f}, MSE = {mse(w_ls, b_ls):.6f}")
# > lstsq:    w = 2.0785, b = 1.0057, MSE = 0.089404
print(np.allclose([w, b], [w_ls, b_ls], rtol=0, atol=1e-10))
# > True

# The loss is quadratic, Hessian (2/n) X^T X: its largest eigenvalue caps eta.
eigenvalues = np.linalg.eigvalsh(2 / n * X.T @ X)
print(
    f"Hessian eigenvalues {np.round(eigenvalues, 4)}: "
    f"stable for eta < {2 / eigenvalues[-1]:.4f}"
)
# > Hessian eigenvalues [0.6766 2.0087]: stable for eta < 0.9957
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

# Picture: contours of the loss over (w, b) and the first 60 steps of the path.
ws, bs = np.meshgrid(np.linspace(-0.5, 3.5, 200), np.linspace(-1, 2.5, 200))
losses = np.mean((ws[..., None] * x + bs[..., None] - y) ** 2, axis=-1)
path = np.array(path[:61])
fig, ax = plt.subplots(figsize=(6, 4))
contours = ax.contour(
    ws, bs, losses, levels=[0.1, 0.2, 0.5, 1, 2, 4, 8], cmap="viridis"
)
ax.clabel(contours, fontsize=10)
ax.plot(
    path[:, 0],
    path[:, 1],
    "o-",
    ms=3,
    color="tab:red",
    label="gradient descent",
)
ax.plot([w_ls], [b_ls], "k*", ms=12, label="least-squares minimum")
ax.set(
    xlabel="slope w",
    ylabel="intercept b",
    title="MSE loss contours and the descent path",
)
ax.legend(loc="lower right")
plt.show()
