from math import pi, sqrt

import numpy as np
from scipy.integrate import quad
from scipy.special import expit as sigmoid  # 1 / (1 + e^-z), without overflow


def phi(t):
    return np.exp(-(t**2) / 2) / np.sqrt(2 * pi)  # the standard normal density


mu, s = 1.0, 2.0  # the score z = mu + s * t is uncertain, t standard normal

# 1. Quadrature of the substituted integral over the whole real line.
value, abs_error = quad(
    lambda t: sigmoid(mu + s * t) * phi(t), -np.inf, np.inf
)
print(
    f"quad:         {value:.6f} (error estimate below 1e-6: {abs_error < 1e-6})"
)
# > quad:         0.647726 (error estimate below 1e-6: True)

# 2. Monte Carlo with standard-normal draws: z = mu + s * eps, seeded.
rng = np.random.default_rng(0)
eps = rng.standard_normal(100_000)
g = sigmoid(mu + s * eps)
print(f"Monte Carlo:  {g.mean():.4f} +- {g.std(ddof=1) / sqrt(eps.size):.4f}")
# > Monte Carlo:  0.6477 +- 0.0009

# 3. The probit approximation used in Bayesian logistic regression.
approx = sigmoid(mu / sqrt(1 + pi * s**2 / 8))
print(f"approximation {approx:.4f}")
# > approximation 0.6511

# Ignoring the uncertainty (plugging in the mean score) is overconfident.
print(f"sigmoid(mu):  {sigmoid(mu):.4f}")
# > sigmoid(mu):  0.7311
