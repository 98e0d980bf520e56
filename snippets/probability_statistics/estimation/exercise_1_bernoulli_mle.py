import numpy as np
from scipy import optimize

rng = np.random.default_rng(0)
flips = rng.binomial(1, 0.3, size=40)
print(f"{flips.sum()} ones in {flips.size} flips")
# > 13 ones in 40 flips


def nll(theta):
    """Bernoulli(theta) NLL: the binary cross-entropy, summed."""
    return -np.sum(flips * np.log(theta) + (1 - flips) * np.log(1 - theta))


result = optimize.minimize_scalar(
    nll, bounds=(1e-6, 1 - 1e-6), method="bounded"
)
print(f"numerical MLE = {result.x:.4f}")
# > numerical MLE = 0.3250
print(f"sample mean   = {flips.mean():.4f}")
# > sample mean   = 0.3250
