import numpy as np
from scipy.optimize import minimize

# Two overlapping classes: 200 examples, two features plus a column of ones.
rng = np.random.default_rng(0)
n = 200
y = rng.integers(0, 2, size=n).astype(float)
X = np.column_stack([rng.normal(size=(n, 2)) + 1.5 * y[:, None], np.ones(n)])


def loss(theta):
    # Mean logistic loss: log(1 + e^z) - y z with z = x^T theta.
    z = X @ theta
    return np.mean(np.logaddexp(0.0, z) - y * z)


def grad(theta):
    s = 1 / (1 + np.exp(-(X @ theta)))
    return X.T @ (s - y) / n


def hessian(theta):
    s = 1 / (1 + np.exp(-(X @ theta)))
    return X.T @ (X * (s * (1 - s))[:, None]) / n


# Second-order test: the Hessian's eigenvalues are >= 0 wherever we look.
points = rng.normal(scale=2.0, size=(1000, 3))
smallest = min(np.linalg.eigvalsh(hessian(th))[0] for th in points)
print(
    f"smallest Hessian eigenvalue over 1000 points is positive: {smallest > 0}"
)
# > smallest Hessian eigenvalue over 1000 points is positive: True

# Convex: every start ends at the same minimum.
for start in rng.normal(scale=5.0, size=(3, 3)):
    res = minimize(loss, start, jac=grad, method="BFGS")
    print(
        f"start {np.round(start, 1)} -> theta* = {np.round(res.x, 3)}, "
        f"loss = {res.fun:.4f}"
    )
# > start [-5.9 -0.3 -4.8] -> theta* = [ 1.575  1.658 -1.811], loss = 0.2878
# > start [ 5.4  3.7 -0.8] -> theta* = [ 1.575  1.658 -1.811], loss = 0.2878
# > start [-4.3 -2.5  1.5] -> theta* = [ 1.575  1.658 -1.811], loss = 0.2878
