import numpy as np

# Linear regression with MSE loss L(w) = mean((X w - y)^2).
rng = np.random.default_rng(0)
X = np.column_stack(
    [rng.normal(size=100), 3 * rng.normal(size=100), np.ones(100)]
)
y = X @ np.array([2.0, -1.0, 0.5]) + 0.1 * rng.normal(size=100)

hessian = 2 * X.T @ X / len(y)  # constant: the loss is quadratic
L = np.linalg.eigvalsh(hessian).max()
print(f"largest Hessian eigenvalue L = {L:.4f}, limit 2/L = {2 / L:.4f}")
# > largest Hessian eigenvalue L = 16.4983, limit 2/L = 0.1212

w_best = np.linalg.lstsq(X, y, rcond=None)[0]
for factor in [1.0, 1.9, 2.1]:
    lr = factor / L
    w = np.zeros(3)
    for _ in range(100):
        w = w - lr * 2 * X.T @ (X @ w - y) / len(y)
    print(
        f"lr = {factor}/L: distance to least squares"
        f" = {np.linalg.norm(w - w_best):.2e}"
    )
# > lr = 1.0/L: distance to least squares = 1.97e-05
# > lr = 1.9/L: distance to least squares = 2.58e-05
# > lr = 2.1/L: distance to least squares = 1.34e+04
