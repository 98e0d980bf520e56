import numpy as np

theta, n = 0.3, 50
fisher = 1 / (theta * (1 - theta))  # per observation
print(f"Cramer-Rao bound 1 / (n F) = {1 / (n * fisher):.5f}")
# > Cramer-Rao bound 1 / (n F) = 0.00420

# Variance of the sample mean over 20000 simulated data sets of n coin flips.
rng = np.random.default_rng(0)
estimates = rng.binomial(n, theta, size=20_000) / n
print(f"variance of the sample mean: {estimates.var(ddof=1):.5f}")
# > variance of the sample mean: 0.00418
print(f"theta (1 - theta) / n = {theta * (1 - theta) / n:.5f}")
# > theta (1 - theta) / n = 0.00420
