# --8<-- [start:lesson]
import numpy as np

rng = np.random.default_rng(0)
x = rng.exponential(scale=2.0, size=50)  # a skewed sample; we want its median
B = 10_000  # number of bootstrap resamples

# Resample the data with replacement B times; recompute the statistic.
idx = rng.integers(0, x.size, size=(B, x.size))
boot_medians = np.median(x[idx], axis=1)
boot_means = x[idx].mean(axis=1)

print(f"sample median = {np.median(x):.3f}")
# > sample median = 1.592
print(f"bootstrap SE of the median = {boot_medians.std(ddof=1):.3f}")
# > bootstrap SE of the median = 0.280
lo, hi = np.percentile(boot_medians, [2.5, 97.5])
print(f"95% percentile interval: [{lo:.3f}, {hi:.3f}]")
# > 95% percentile interval: [1.102, 2.173]
# For the mean the formula exists: compare the bootstrap SE with s / sqrt(n).
print(
    f"bootstrap SE of the mean = {boot_means.std(ddof=1):.3f}, "
    f"s/sqrt(n) = {x.std(ddof=1) / np.sqrt(x.size):.3f}"
)
# > bootstrap SE of the mean = 0.317, s/sqrt(n) = 0.315
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

fig, ax = plt.subplots(figsize=(6, 4))
ax.hist(boot_medians, bins=40, color="tab:blue", alpha=0.7)
ax.axvline(np.median(x), color="black", lw=2, label="sample median")
for edge in (lo, hi):
    ax.axvline(edge, color="tab:red", ls="--")
ax.plot([], [], color="tab:red", ls="--", label="95% percentile interval")
ax.set(
    xlabel="median of a bootstrap resample",
    ylabel="count",
    title=f"{B} bootstrap medians of 50 points",
)
ax.legend(loc="upper right")
plt.show()
