import numpy as np
from scipy import optimize

rng = np.random.default_rng(0)
n, d = 30, 5
X = rng.normal(size=(n, d))
w_true = rng.normal(size=d)
sigma, tau = 0.5, 0.3  # noise std and prior std
y = X @ w_true + rng.normal(scale=sigma, size=n)


def neg_log_posterior(w):
    """Gaussian NLL plus -log of the N(0, tau^2 I) prior, constants dropped."""
    return np.sum((y - X @ w) ** 2) / (2 * sigma**2) + np.sum(w**2) / (
        2 * tau**2
    )


w_map = optimize.minimize(neg_log_posterior, np.zeros(d), method="BFGS").x

# Ridge: minimise MSE(w) + alpha ||w||^2, alpha = sigma^2 / (n tau^2).
alpha = sigma**2 / (n * tau**2)
w_ridge = np.linalg.solve(X.T @ X / n + alpha * np.eye(d), X.T @ y / n)
print(f"alpha = {alpha:.4f}")
# > alpha = 0.0926
print("MAP:  ", np.round(w_map, 4))
# > MAP:   [-0.0265  0.0833 -0.6517 -0.4161 -0.0647]
print("ridge:", np.round(w_ridge, 4))
# > ridge: [-0.0265  0.0833 -0.6517 -0.4161 -0.0647]
w_mle = np.linalg.lstsq(X, y, rcond=None)[0]  # least squares, no prior
print("MLE:  ", np.round(w_mle, 4))
# > MLE:   [-0.0767  0.123  -0.7424 -0.4667 -0.0541]
# The prior shrinks the vector's length, not necessarily every coordinate.
print(
    f"norm: MAP {np.linalg.norm(w_map):.4f}, MLE {np.linalg.norm(w_mle):.4f}"
)
# > norm: MAP 0.7808, MLE 0.8904
