import numpy as np

rng = np.random.default_rng(0)
n, d, alpha = 50, 4, 0.1
X = rng.standard_normal((n, d))
y = X @ np.array([1.0, -2.0, 0.5, 0.0]) + 0.1 * rng.standard_normal(n)


def loss(w):
    r = X @ w - y
    return r @ r / n + alpha * w @ w


def grad(w):  # from d(r^T r) = 2 r^T X dw and d(w^T w) = 2 w^T dw
    return 2 * X.T @ (X @ w - y) / n + 2 * alpha * w


w = rng.standard_normal(d)
h = 1e-6
num = np.array(
    [(loss(w + h * e) - loss(w - h * e)) / (2 * h) for e in np.eye(d)]
)
rel = np.linalg.norm(grad(w) - num) / np.linalg.norm(num)
print(f"relative error < 1e-7: {rel < 1e-7}")
# > relative error < 1e-7: True

# grad = 0  <=>  (X^T X + n alpha I) w = X^T y
w_star = np.linalg.solve(X.T @ X + n * alpha * np.eye(d), X.T @ y)
print("w* =", np.round(w_star, 4))
# > w* = [ 0.8858 -1.7461  0.4803 -0.0226]
print(f"|grad(w*)| < 1e-10: {np.linalg.norm(grad(w_star)) < 1e-10}")
# > |grad(w*)| < 1e-10: True
