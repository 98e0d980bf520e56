import numpy as np

rng = np.random.default_rng(0)
n, d = 200, 3
# A column of ones first, so w[0] is the bias.
X = np.column_stack([np.ones(n), rng.standard_normal((n, d - 1))])
w_true = np.array([-0.5, 2.0, -1.0])
y = (rng.random(n) < 1 / (1 + np.exp(-X @ w_true))).astype(float)


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def loss(w):
    z = X @ w
    return np.mean(np.logaddexp(0, z) - y * z)  # log(1 + e^z) - y z, stably


def grad(w):
    return X.T @ (sigmoid(X @ w) - y) / n


def hessian(w):
    s = sigmoid(X @ w)
    return X.T @ (X * (s * (1 - s))[:, None]) / n


w = np.zeros(d)
# 1. Gradient: directional checks along several random directions.
h = 1e-5
rel = []
for _ in range(5):
    v = rng.standard_normal(d)
    fd = (loss(w + h * v) - loss(w - h * v)) / (2 * h)
    rel.append(abs(grad(w) @ v - fd) / abs(fd))
print(f"gradient: max relative error < 1e-7: {max(rel) < 1e-7}")
# > gradient: max relative error < 1e-7: True

# 2. Hessian = Jacobian of the gradient: central differences, column by column.
H_num = np.column_stack(
    [(grad(w + h * e) - grad(w - h * e)) / (2 * h) for e in np.eye(d)]
)
H = hessian(w)
rel_H = np.linalg.norm(H_num - H) / np.linalg.norm(H)
print(f"Hessian: relative error < 1e-7: {rel_H < 1e-7}")
# > Hessian: relative error < 1e-7: True

# 3. Newton steps w <- w - H^{-1} grad reach the critical point.
for _ in range(8):
    w = w - np.linalg.solve(hessian(w), grad(w))
small = np.linalg.norm(grad(w)) < 1e-10
print(f"w* = {np.round(w, 4)}, loss = {loss(w):.4f}, |grad| < 1e-10: {small}")
# > w* = [-0.5799  2.3741 -1.0538], loss = 0.3955, |grad| < 1e-10: True
print(
    "Hessian eigenvalues at w*:", np.round(np.linalg.eigvalsh(hessian(w)), 4)
)
# > Hessian eigenvalues at w*: [0.0348 0.1196 0.1331]
