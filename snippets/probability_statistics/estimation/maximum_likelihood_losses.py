import numpy as np
from scipy import stats

rng = np.random.default_rng(0)

# Binary labels and a classifier's predicted probabilities of the label 1.
y = rng.integers(0, 2, size=8)
y_hat = rng.uniform(0.05, 0.95, size=8)
# Binary cross-entropy, averaged over the examples:
bce = -np.mean(y * np.log(y_hat) + (1 - y) * np.log(1 - y_hat))
nll = -np.mean(stats.bernoulli.logpmf(y, y_hat))  # Bernoulli NLL per example
print(f"binary cross-entropy = {bce:.6f}, Bernoulli NLL = {nll:.6f}")
# > binary cross-entropy = 0.838910, Bernoulli NLL = 0.838910

# Regression targets and predictions: Gaussian NLL with a fixed sigma.
t = rng.normal(size=8)
t_pred = t + rng.normal(scale=0.5, size=8)
mse = np.mean((t - t_pred) ** 2)
for sigma in [0.5, 2.0]:
    nll = -np.mean(stats.norm.logpdf(t, loc=t_pred, scale=sigma))
    const = 0.5 * np.log(2 * np.pi * sigma**2)
    # NLL = MSE / (2 sigma^2) + const: the same minimiser as the MSE.
    print(
        f"sigma = {sigma}: NLL = {nll:.6f}, MSE/(2 sigma^2) + const = "
        f"{mse / (2 * sigma**2) + const:.6f}"
    )
# > sigma = 0.5: NLL = 0.518120, MSE/(2 sigma^2) + const = 0.518120
# > sigma = 2.0: NLL = 1.630356, MSE/(2 sigma^2) + const = 1.630356
