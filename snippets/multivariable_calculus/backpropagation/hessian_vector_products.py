import numpy as np

rng = np.random.default_rng(0)
n, d = 1000, 500
X = rng.standard_normal((n, d)) / np.sqrt(d)
y = (rng.random(n) < 0.5).astype(float)
w = rng.standard_normal(d)


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def grad(w):  # logistic-regression loss: X^T (sigma(Xw) - y) / n
    return X.T @ (sigmoid(X @ w) - y) / n


def hvp_exact(w, v):
    """The gradient differentiated along v; no d x d matrix is formed."""
    s = sigmoid(X @ w)
    return X.T @ (s * (1 - s) * (X @ v)) / n


def hvp_fd(w, v, h=1e-4):
    """Any gradient code works: a central difference of two gradients."""
    return (grad(w + h * v) - grad(w - h * v)) / (2 * h)


v = rng.standard_normal(d)
s = sigmoid(X @ w)
H = X.T @ (X * (s * (1 - s))[:, None]) / n  # formed here only to check
Hv = H @ v
for name, approx in [
    ("exact HVP", hvp_exact(w, v)),
    ("two gradients", hvp_fd(w, v)),
]:
    rel = np.linalg.norm(approx - Hv) / np.linalg.norm(Hv)
    print(f"{name}: relative error < 1e-6: {rel < 1e-6}")
# > exact HVP: relative error < 1e-6: True
# > two gradients: relative error < 1e-6: True
# Cost in multiply-adds: a gradient multiplies by X twice (X w, then X^T).
costs = {
    "gradient": 2 * n * d,
    "exact HVP": 3 * n * d,  # X w, X v, X^T (...); 2 n d if X w is kept
    "two-gradient HVP": 4 * n * d,
    "forming H": n * d * d,
}
for name, cost in costs.items():
    print(f"{name}: {cost:.1e} multiply-adds")
# > gradient: 1.0e+06 multiply-adds
# > exact HVP: 1.5e+06 multiply-adds
# > two-gradient HVP: 2.0e+06 multiply-adds
# > forming H: 2.5e+08 multiply-adds
print(
    f"memory for H with 1e9 parameters in float32: {4 * 1e9**2 / 1e12:.0e} TB"
)
# > memory for H with 1e9 parameters in float32: 4e+06 TB

# Two gradients in float32: round-off grows like eps / h as h shrinks.
X32, y32 = X.astype(np.float32), y.astype(np.float32)
w32, v32 = w.astype(np.float32), v.astype(np.float32)


def grad32(w):
    return X32.T @ (sigmoid(X32 @ w) - y32) / n


eps = np.finfo(np.float32).eps
h_good = eps ** (1 / 3) * (1 + np.linalg.norm(w)) / np.linalg.norm(v)
for h in (1e-4, h_good):
    h32 = np.float32(h)
    approx = (grad32(w32 + h32 * v32) - grad32(w32 - h32 * v32)) / (2 * h32)
    rel = np.linalg.norm(approx - Hv) / np.linalg.norm(Hv)
    print(f"float32, h = {h:.0e}: relative error < 1e-3: {rel < 1e-3}")
# > float32, h = 1e-04: relative error < 1e-3: False
# > float32, h = 5e-03: relative error < 1e-3: True
