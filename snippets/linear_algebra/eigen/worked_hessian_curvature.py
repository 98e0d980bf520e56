import numpy as np

# Two correlated features and a least-squares loss L(w) = ||X w - y||^2 / (2n).
rng = np.random.default_rng(0)
n = 200
x1 = rng.standard_normal(n)
x2 = x1 + 0.3 * rng.standard_normal(n)
X = np.column_stack([x1, x2])
y = X @ np.array([1.0, -2.0]) + 0.1 * rng.standard_normal(n)


def loss(w):
    return np.sum((X @ w - y) ** 2) / (2 * n)


# The Hessian of this loss is H = X^T X / n: symmetric, so eigh.
H = X.T @ X / n
lam, Q = np.linalg.eigh(H)
print("eigenvalues of H:", np.round(lam, 4))
# > eigenvalues of H: [0.0472 1.8571]
print(f"condition number lambda_max / lambda_min = {lam[-1] / lam[0]:.1f}")
# > condition number lambda_max / lambda_min = 39.3

# Along a unit eigenvector q_i the loss is a parabola:
# L(w* + t q_i) = L(w*) + lambda_i t^2 / 2.
w_star, *_ = np.linalg.lstsq(X, y)
for lam_i, q in zip(lam, Q.T, strict=True):
    rise = loss(w_star + 1.0 * q) - loss(w_star)
    print(
        f"t = 1 along q: loss rises {rise:.4f}, lambda / 2 = {lam_i / 2:.4f}"
    )
# > t = 1 along q: loss rises 0.0236, lambda / 2 = 0.0236
# > t = 1 along q: loss rises 0.9285, lambda / 2 = 0.9285

# Gradient descent: w <- w - eta * grad, with grad = H w - X^T y / n.
# The error w - w* is multiplied by I - eta H: by 1 - eta lambda_i along q_i.
for eta in [1.9 / lam[-1], 2.1 / lam[-1]]:
    w = np.zeros(2)
    for _ in range(300):
        w = w - eta * (H @ w - X.T @ y / n)
    factors = np.abs(1 - eta * lam)
    distance = np.linalg.norm(w - w_star)
    print(
        f"eta lambda_max = {eta * lam[-1]:.1f}:"
        f" |1 - eta lambda_i| = {np.round(factors, 4)}"
    )
    print(f"  converged: {distance < 1e-3}, diverged: {distance > 1e3}")
# > eta lambda_max = 1.9: |1 - eta lambda_i| = [0.9517 0.9   ]
# >   converged: True, diverged: False
# > eta lambda_max = 2.1: |1 - eta lambda_i| = [0.9466 1.1   ]
# >   converged: False, diverged: True
