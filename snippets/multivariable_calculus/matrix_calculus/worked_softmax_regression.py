import numpy as np

rng = np.random.default_rng(0)
n, d, K = 150, 4, 3
X = rng.standard_normal((n, d))
W_true = rng.standard_normal((d, K))
# Adding Gumbel noise and taking the argmax draws from the softmax.
labels = np.argmax(X @ W_true + rng.gumbel(size=(n, K)), axis=1)
Y = np.eye(K)[labels]  # one-hot rows


def softmax_rows(Z):
    E = np.exp(Z - Z.max(axis=1, keepdims=True))
    return E / E.sum(axis=1, keepdims=True)


def loss(W, b):
    Z = X @ W + b  # Z = X W + 1 b^T
    log_P = Z - Z.max(axis=1, keepdims=True)
    log_P = log_P - np.log(np.exp(log_P).sum(axis=1, keepdims=True))
    return -np.mean(np.sum(Y * log_P, axis=1))


def gradients(W, b):
    G = (softmax_rows(X @ W + b) - Y) / n  # dL/dZ, shape (n, K)
    return X.T @ G, G.sum(axis=0)  # X^T G and G^T 1


W, b = 0.1 * rng.standard_normal((d, K)), np.zeros(K)
gW, gb = gradients(W, b)
print(
    f"shapes: W {W.shape}, grad_W {gW.shape}, b {b.shape}, grad_b {gb.shape}"
)
# > shapes: W (4, 3), grad_W (4, 3), b (3,), grad_b (3,)

h = 1e-6
num_W = np.zeros_like(W)
for idx in np.ndindex(W.shape):
    E = np.zeros_like(W)
    E[idx] = h
    num_W[idx] = (loss(W + E, b) - loss(W - E, b)) / (2 * h)
num_b = np.array(
    [(loss(W, b + h * e) - loss(W, b - h * e)) / (2 * h) for e in np.eye(K)]
)
for name, g, num in [("W", gW, num_W), ("b", gb, num_b)]:
    rel = np.linalg.norm(g - num) / np.linalg.norm(num)
    print(f"grad_{name}: relative error < 1e-7: {rel < 1e-7}")
# > grad_W: relative error < 1e-7: True
# > grad_b: relative error < 1e-7: True

print(f"loss at start: {loss(W, b):.4f}, log K = {np.log(K):.4f}")
# > loss at start: 1.1408, log K = 1.0986
eta = 0.5
for _ in range(200):  # gradient descent on W and b together
    gW, gb = gradients(W, b)
    W, b = W - eta * gW, b - eta * gb
print(f"loss after 200 steps: {loss(W, b):.4f}")
# > loss after 200 steps: 0.7066
