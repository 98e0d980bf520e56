# --8<-- [start:lesson]
import numpy as np
from scipy import stats

rng = np.random.default_rng(0)
mu, sigma, reps = 1.0, 1.0, 20_000  # Exponential(1): mean 1, std 1, skewness 2

standardised = {}
for n in [1, 10, 100]:
    means = rng.exponential(scale=1.0, size=(reps, n)).mean(axis=1)
    z = (means - mu) / (sigma / np.sqrt(n))  # the CLT's scaling
    standardised[n] = z
    print(
        f"n = {n:>3}: skew {stats.skew(z):.2f} (exact {2 / np.sqrt(n):.2f}), "
        f"P(z >= 1.645) = {np.mean(z >= 1.645):.3f}"
    )
# > n =   1: skew 2.01 (exact 2.00), P(z >= 1.645) = 0.070
# > n =  10: skew 0.64 (exact 0.63), P(z >= 1.645) = 0.065
# > n = 100: skew 0.21 (exact 0.20), P(z >= 1.645) = 0.054
print(f"N(0, 1): skewness 0, P(Z >= 1.645) = {stats.norm.sf(1.645):.3f}")
# > N(0, 1): skewness 0, P(Z >= 1.645) = 0.050
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

fig, ax = plt.subplots(figsize=(6, 4))
bins = np.linspace(-3, 5, 61)
for n, z in standardised.items():
    ax.hist(
        z, bins=bins, density=True, histtype="step", lw=2, label=f"$n = {n}$"
    )
grid = np.linspace(-3, 5, 200)
ax.plot(grid, stats.norm.pdf(grid), "k--", label=r"$\mathcal{N}(0, 1)$")
ax.set(
    xlabel=r"$(\bar X_n - \mu)\,/\,(\sigma/\sqrt{n})$",
    ylabel="density",
    title="Standardised means of Exponential(1) draws",
)
ax.legend(loc="upper right")
plt.show()
