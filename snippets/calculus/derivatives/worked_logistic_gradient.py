import numpy as np

# Two features and binary labels: a small logistic-regression problem.
rng = np.random.default_rng(0)
n = 100
X = rng.normal(size=(n, 2))
y = (X @ np.array([1.5, -2.0]) + 0.5 + rng.normal(size=n) > 0).astype(float)


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def loss(theta):
    """Mean of -[y log p + (1 - y) log(1 - p)], p = sigmoid(w^T x + b)."""
    z = X @ theta[:2] + theta[2]
    # -log p = log(1 + e^-z) and -log(1 - p) = log(1 + e^z), computed stably.
    return np.mean(y * np.logaddexp(0, -z) + (1 - y) * np.logaddexp(0, z))


def gradient(theta):
    """Chain rule: d loss_i/dz_i = p_i - y_i, dz_i/dw = x_i, dz_i/db = 1."""
    r = sigmoid(X @ theta[:2] + theta[2]) - y
    return np.append(X.T @ r, r.sum()) / n


theta = np.array([0.3, -0.2, 0.1])  # (w1, w2, b)
analytic = gradient(theta)
print("analytic:", np.round(analytic, 6))
# > analytic: [-0.133337  0.207198 -0.005634]

# Central differences, one partial derivative per parameter.
h = 1e-6
numeric = np.array(
    [(loss(theta + h * e) - loss(theta - h * e)) / (2 * h) for e in np.eye(3)]
)
print("numeric: ", np.round(numeric, 6))
# > numeric:  [-0.133337  0.207198 -0.005634]
rel_error = np.linalg.norm(numeric - analytic) / np.linalg.norm(analytic)
print(f"relative error below 1e-7: {rel_error < 1e-7}")
# > relative error below 1e-7: True
