from math import erf, pi, sqrt

import numpy as np

rng = np.random.default_rng(0)


def f(x):
    return np.exp(-(x**2))


# A pilot run estimates sigma_f; then n = (sigma_f / target)^2.
sigma_f = f(rng.uniform(0, 1, size=1_000)).std(ddof=1)
target = 1e-3
n = int(np.ceil((sigma_f / target) ** 2))
print(f"sigma_f about {sigma_f:.3f}, so n = {n:,}")
# > sigma_f about 0.199, so n = 39,761

fx = f(rng.uniform(0, 1, size=n))
std_error = fx.std(ddof=1) / sqrt(n)
error = abs(fx.mean() - sqrt(pi) / 2 * erf(1))
print(f"standard error {std_error:.4f}, actual error {error:.4f}")
# > standard error 0.0010, actual error 0.0006
