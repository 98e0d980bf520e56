import numpy as np
from scipy.optimize import minimize

# Logistic regression on 2000 examples with 5 features of different scales.
rng = np.random.default_rng(0)
n, d = 2000, 5
X = rng.normal(size=(n, d)) * np.array([1.0, 2.0, 5.0, 0.5, 1.0])
theta_true = np.array([1.0, -0.5, 0.3, 2.0, 0.0])
y = (rng.uniform(size=n) < 1 / (1 + np.exp(-X @ theta_true))).astype(float)


def loss(theta):
    z = X @ theta
    return np.mean(np.logaddexp(0.0, z) - y * z)


def grad(theta, idx):
    s = 1 / (1 + np.exp(-(X[idx] @ theta)))
    return X[idx].T @ (s - y[idx]) / len(idx)


best = minimize(
    loss, np.zeros(d), jac=lambda t: grad(t, np.arange(n)), method="L-BFGS-B"
)
print(f"full-batch L-BFGS: loss {best.fun:.4f}, theta {np.round(best.x, 2)}")
# > full-batch L-BFGS: loss 0.4402, theta [ 0.97 -0.45  0.31  1.91  0.04]

epochs, B = 20, 32
K = epochs * (n // B)  # total number of steps


def train(method, lr):
    theta, v, s, k = np.zeros(d), np.zeros(d), np.zeros(d), 0
    for _ in range(epochs):
        for idx in np.array_split(rng.permutation(n), n // B):  # one epoch
            g = grad(theta, idx)
            k += 1
            if method == "SGD":
                theta = theta - lr * g
            elif method == "SGD + momentum, cosine":
                eta = 0.5 * lr * (1 + np.cos(np.pi * k / K))
                v = 0.9 * v - eta * g
                theta = theta + v
            else:  # Adam
                v = 0.9 * v + 0.1 * g
                s = 0.999 * s + 0.001 * g**2
                v_hat, s_hat = v / (1 - 0.9**k), s / (1 - 0.999**k)
                theta = theta - lr * v_hat / (np.sqrt(s_hat) + 1e-8)
    return theta


for method, lr in [
    ("SGD", 0.05),
    ("SGD + momentum, cosine", 0.02),
    ("Adam", 0.01),
]:
    theta = train(method, lr)
    print(f"{method:<22} loss {loss(theta):.4f}, theta {np.round(theta, 2)}")
# > SGD                    loss 0.4418, theta [ 0.93 -0.44  0.32  1.62  0.03]
# > SGD + momentum, cosine loss 0.4402, theta [ 0.96 -0.45  0.3   1.88  0.04]
# > Adam                   loss 0.4405, theta [ 0.97 -0.45  0.32  1.88  0.04]
