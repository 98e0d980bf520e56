import numpy as np

# Lasso: min 1/(2n) |X w - y|^2 + alpha |w|_1; 3 of 10 true weights nonzero.
rng = np.random.default_rng(0)
n, d, alpha = 100, 10, 0.15
w_true = np.zeros(d)
w_true[[1, 4, 7]] = [2.0, -1.5, 1.0]
X = rng.normal(size=(n, d))
y = X @ w_true + 0.5 * rng.normal(size=n)


def soft_threshold(z, t):
    return np.sign(z) * np.maximum(np.abs(z) - t, 0.0)


# Proximal gradient (ISTA): gradient step on the smooth part, then the prox.
L = np.linalg.eigvalsh(X.T @ X / n).max()  # smoothness of the smooth part
w = np.zeros(d)
for _ in range(500):
    w = soft_threshold(w - (X.T @ (X @ w - y) / n) / L, alpha / L)
print("lasso nonzero weights at", np.flatnonzero(w), np.round(w[w != 0], 3))
# > lasso nonzero weights at [1 4 7] [ 1.761 -1.277  0.785]

# Ridge with the same alpha (penalty alpha |w|^2) shrinks but zeroes nothing.
ridge = np.linalg.solve(X.T @ X / n + 2 * alpha * np.eye(d), X.T @ y / n)
smallest = np.abs(ridge).min()
print(f"ridge: smallest |w_j| = {smallest:.1e}")
# > ridge: smallest |w_j| = 9.3e-04
print("ridge has an exact zero:", bool(np.any(ridge == 0)))
# > ridge has an exact zero: False

# Lasso optimality (KKT with subgradients of |w_j|) at the ISTA answer.
grad = X.T @ (X @ w - y) / n
kept = w != 0
print(
    "kept weights: grad_j = -alpha sign(w_j):",
    np.allclose(grad[kept], -alpha * np.sign(w[kept]), atol=1e-6),
)
# > kept weights: grad_j = -alpha sign(w_j): True
print(f"zero weights: max |grad_j| = {np.abs(grad[~kept]).max():.3f} <= alpha")
# > zero weights: max |grad_j| = 0.119 <= alpha
