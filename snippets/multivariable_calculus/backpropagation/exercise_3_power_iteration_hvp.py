import numpy as np

rng = np.random.default_rng(0)
n, d = 1000, 200
X = rng.standard_normal((n, d))
X[:, 0] *= 3  # one feature on a larger scale
y = (rng.random(n) < 0.5).astype(float)
w = np.zeros(d)


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def grad(w):
    return X.T @ (sigmoid(X @ w) - y) / n


def hvp(w, v, h=1e-4):  # two gradients per product
    return (grad(w + h * v) - grad(w - h * v)) / (2 * h)


v = rng.standard_normal(d)
for _ in range(30):  # power iteration: v <- H v / |H v|
    Hv = hvp(w, v)
    v = Hv / np.linalg.norm(Hv)
lam_power = v @ hvp(w, v)  # Rayleigh quotient of the unit vector v

s = sigmoid(X @ w)
lam_max = np.linalg.eigvalsh(X.T @ (X * (s * (1 - s))[:, None]) / n)[-1]
print(f"power iteration: {lam_power:.4f}, eigvalsh: {lam_max:.4f}")
# > power iteration: 2.2315, eigvalsh: 2.2315
print(f"largest stable learning rate 2 / lambda_max = {2 / lam_max:.3f}")
# > largest stable learning rate 2 / lambda_max = 0.896
