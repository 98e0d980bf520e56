# --8<-- [start:lesson]
import numpy as np

rng = np.random.default_rng(0)
# Exponential(scale 1) has mean 1 and standard deviation 1.
mu, sigma = 1.0, 1.0
# Five independent streams of 100000 draws each:
x = rng.exponential(scale=1.0, size=(5, 100_000))
n = np.arange(1, x.shape[1] + 1)
running_mean = np.cumsum(x, axis=1) / n  # sample mean after the first n draws

for m in [10, 100, 1_000, 10_000, 100_000]:
    errors = np.abs(running_mean[:, m - 1] - mu)
    print(
        f"n = {m:>6}: largest error of 5 streams = {errors.max():.4f}, "
        f"sigma/sqrt(n) = {sigma / np.sqrt(m):.4f}"
    )
# > n =     10: largest error of 5 streams = 0.4331, sigma/sqrt(n) = 0.3162
# > n =    100: largest error of 5 streams = 0.1806, sigma/sqrt(n) = 0.1000
# > n =   1000: largest error of 5 streams = 0.0279, sigma/sqrt(n) = 0.0316
# > n =  10000: largest error of 5 streams = 0.0189, sigma/sqrt(n) = 0.0100
# > n = 100000: largest error of 5 streams = 0.0040, sigma/sqrt(n) = 0.0032
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

# 500 points evenly spaced on the log axis draw the same curves as all 100000.
shown = np.unique(np.geomspace(1, n.size, 500).round().astype(int)) - 1
fig, ax = plt.subplots(figsize=(6, 4))
for path in running_mean:
    ax.plot(n[shown], path[shown], lw=1)
ax.fill_between(
    n[shown],
    mu - 2 * sigma / np.sqrt(n[shown]),
    mu + 2 * sigma / np.sqrt(n[shown]),
    color="gray",
    alpha=0.3,
    label=r"$\mu \pm 2\sigma/\sqrt{n}$",
)
ax.axhline(mu, color="black", lw=1)
ax.set(
    xscale="log",
    ylim=(0, 2.5),
    xlabel="number of draws $n$",
    ylabel="running mean",
    title="Sample means of Exponential(1) draws",
)
ax.legend(loc="upper right")
plt.show()
