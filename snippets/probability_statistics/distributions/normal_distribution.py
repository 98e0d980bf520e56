# --8<-- [start:lesson]
import numpy as np
from scipy import integrate, stats

mu, sigma = 0.0, 1.0
rng = np.random.default_rng(0)  # seeded: the same 1000 numbers on every run
samples = rng.normal(
    mu, sigma, 1000
)  # numpy's normal takes the standard deviation
print(f"sample mean x_bar = {samples.mean():.4f} (mu = {mu})")
# > sample mean x_bar = -0.0480 (mu = 0.0)
print(f"sample std s (ddof=1) = {samples.std(ddof=1):.4f} (sigma = {sigma})")
# > sample std s (ddof=1) = 0.9772 (sigma = 1.0)


def normal_pdf(x, mu, sigma2):
    """Density of N(mu, sigma2), parametrised by the variance."""
    return np.exp(-((x - mu) ** 2) / (2 * sigma2)) / np.sqrt(
        2 * np.pi * sigma2
    )


# The formula agrees with scipy (scale = sigma) and integrates to 1.
print(
    f"p(0) = {normal_pdf(0.0, mu, sigma**2):.4f},"
    f" scipy: {stats.norm.pdf(0.0):.4f}"
)
# > p(0) = 0.3989, scipy: 0.3989
area, _ = integrate.quad(normal_pdf, -np.inf, np.inf, args=(mu, sigma**2))
print(f"integral of the pdf = {area:.4f}")
# > integral of the pdf = 1.0000

# Probabilities are areas: P(|Z| < 1.96) = F(1.96) - F(-1.96).
prob = stats.norm.cdf(1.96) - stats.norm.cdf(-1.96)
print(
    f"P(|Z| < 1.96) = {prob:.4f},"
    f" in the sample: {np.mean(np.abs(samples) < 1.96):.4f}"
)
# > P(|Z| < 1.96) = 0.9500, in the sample: 0.9600

# A density is not a probability: it can exceed 1.
print(f"p(0) for N(0, 0.01): {normal_pdf(0.0, 0.0, 0.01):.4f}")
# > p(0) for N(0, 0.01): 3.9894
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

x = np.linspace(-4, 4, 200)
fig, ax = plt.subplots(figsize=(6, 4))
ax.hist(
    samples,
    bins="auto",
    density=True,
    alpha=0.5,
    label="1000 samples (density)",
)
ax.plot(x, stats.norm.pdf(x, mu, sigma), label="N(0, 1) density")
ax.set(
    xlabel="x", ylabel="density", title="Samples from N(0, 1) and its density"
)
ax.legend(loc="upper left")
plt.show()
