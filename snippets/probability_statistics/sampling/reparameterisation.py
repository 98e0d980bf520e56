import numpy as np

rng = np.random.default_rng(0)
mu, sigma, n = 1.5, 0.5, 100_000

# z = mu + sigma * eps with eps ~ N(0, 1) is distributed as N(mu, sigma^2) ...
eps = rng.normal(size=n)
z = mu + sigma * eps
print(f"mean {z.mean():.3f}, std {z.std(ddof=1):.3f}")
# > mean 1.500, std 0.500

# ... and is a differentiable function of (mu, sigma). For f(z) = z^2,
# df/dmu = 2 z * dz/dmu = 2 z and df/dsigma = 2 z * dz/dsigma = 2 z eps.
grad_mu, grad_sigma = np.mean(2 * z), np.mean(2 * z * eps)
print(f"reparameterised gradient: ({grad_mu:.3f}, {grad_sigma:.3f})")
# > reparameterised gradient: (2.999, 0.998)
# E[z^2] = mu^2 + sigma^2, so the exact gradient is (2 mu, 2 sigma).
print(f"exact gradient:           ({2 * mu:.3f}, {2 * sigma:.3f})")
# > exact gradient:           (3.000, 1.000)
