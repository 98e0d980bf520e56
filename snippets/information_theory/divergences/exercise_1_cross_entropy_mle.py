import numpy as np
from scipy.optimize import minimize_scalar
from scipy.stats import entropy

y = np.array([1, 1, 0, 1, 1, 0, 1, 1, 0, 1])  # 7 ones in 10 labels


def mean_bce(q):
    """Mean binary cross-entropy of a model that always predicts P(y=1) = q."""
    return -np.mean(y * np.log(q) + (1 - y) * np.log(1 - q))


res = minimize_scalar(mean_bce, bounds=(1e-6, 1 - 1e-6), method="bounded")
print(f"best q = {res.x:.4f}, sample mean of y = {y.mean():.4f}")
# > best q = 0.7000, sample mean of y = 0.7000
print(f"minimum loss = {res.fun:.4f} nats, H(0.7) = {entropy([0.7, 0.3]):.4f}")
# > minimum loss = 0.6109 nats, H(0.7) = 0.6109
