import matplotlib.pyplot as plt
import numpy as np
from scipy import integrate, stats

mu, sigma = 0.0, 1.0
rng = np.random.default_rng(0)  # seeded: the same 1000 numbers on every run
samples = rng.normal(mu, sigma, 1000)
print(f"sample mean = {samples.mean():.4f} (mu = {mu})")
# > sample mean = -0.0480 (mu = 0.0)
print(f"sample std  = {samples.std():.4f} (sigma = {sigma})")
# > sample std  = 0.9768 (sigma = 1.0)


def normal_pdf(x, mu, sigma):
    return np.exp(-((x - mu) ** 2) / (2 * sigma**2)) / np.sqrt(2 * np.pi * sigma**2)


# The formula agrees with scipy, and the density integrates to 1.
print(f"pdf(0) = {normal_pdf(0.0, mu, sigma):.4f}, scipy: {stats.norm.pdf(0.0):.4f}")
# > pdf(0) = 0.3989, scipy: 0.3989
area, _ = integrate.quad(normal_pdf, -np.inf, np.inf, args=(mu, sigma))
print(f"integral of the pdf = {area:.4f}")
# > integral of the pdf = 1.0000

# Probabilities are areas: P(|Z| < 1.96) = cdf(1.96) - cdf(-1.96).
p = stats.norm.cdf(1.96) - stats.norm.cdf(-1.96)
print(f"P(|Z| < 1.96) = {p:.4f}, in the sample: {np.mean(np.abs(samples) < 1.96):.4f}")
# > P(|Z| < 1.96) = 0.9500, in the sample: 0.9600

# A density is not a probability: it can exceed 1.
print(f"pdf(0) with sigma = 0.1: {stats.norm.pdf(0.0, loc=0.0, scale=0.1):.4f}")
# > pdf(0) with sigma = 0.1: 3.9894

x = np.linspace(-4, 4, 200)
fig, ax = plt.subplots(figsize=(6, 4))
ax.hist(samples, bins="auto", density=True, alpha=0.5, label="1000 samples (density)")
ax.plot(x, stats.norm.pdf(x, mu, sigma), label="N(0, 1) density")
ax.set(xlabel="x", ylabel="density", title="Samples from N(0, 1) and its density")
ax.legend()
plt.show()
