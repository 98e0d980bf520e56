import numpy as np

# Model: z ~ N(0, 1), x_i | z ~ N(z, sigma^2) for i = 1..n. Infer z from data.
rng = np.random.default_rng(0)
sigma2 = 1.0
data = rng.normal(0.8, 1.0, size=20)
n = len(data)
post_var = 1 / (1 + n / sigma2)  # the exact posterior, for comparison
post_mean = post_var * data.sum() / sigma2


def dlogjoint_dz(z):
    """d/dz [log p(z) + sum_i log p(x_i | z)] for an array of samples z."""
    return -z + (data.sum() - n * z) / sigma2


# q = N(m, exp(rho)^2). Reparameterise z = m + exp(rho) eps, eps ~ N(0, 1), so
# ELBO = E_eps[log p(x, z)] + entropy of q, and its gradient passes through z.
m, rho, eta = 0.0, 0.0, 0.01
history = []
for _ in range(4000):
    eps = rng.standard_normal(8)  # 8 samples per step
    z = m + np.exp(rho) * eps
    g = dlogjoint_dz(z)
    grad_m = g.mean()
    grad_rho = (g * np.exp(rho) * eps).mean() + 1  # +1: d/drho of the entropy
    m, rho = m + eta * grad_m, rho + eta * grad_rho  # gradient *ascent*
    history.append((m, rho))

# The iterates jitter with the sampling noise: average the second half.
m, rho = np.mean(history[2000:], axis=0)

print(f"variational: mean {m:.3f}, std {np.exp(rho):.3f}")
# > variational: mean 0.587, std 0.219
print(f"exact:       mean {post_mean:.3f}, std {np.sqrt(post_var):.3f}")
# > exact:       mean 0.587, std 0.218
