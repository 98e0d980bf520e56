# --8<-- [start:lesson]
import numpy as np

data = np.array([1, 2, 3, 4, 5])
print(f"mean = {np.mean(data):.1f}, by hand: {data.sum() / len(data):.1f}")
# > mean = 3.0, by hand: 3.0

# Expectation of a fair die: sum of value * probability.
faces = np.arange(1, 7)
expectation = np.sum(faces * np.full(6, 1 / 6))
print(f"E[X] = {expectation:.4f}")
# > E[X] = 3.5000

# The sample mean of seeded die rolls approaches E[X] as the sample grows.
rng = np.random.default_rng(0)
rolls = rng.integers(1, 7, size=2000)
for n in [10, 100, 2000]:
    print(f"mean of the first {n:4d} rolls = {rolls[:n].mean():.4f}")
# > mean of the first   10 rolls = 2.8000
# > mean of the first  100 rolls = 3.6200
# > mean of the first 2000 rolls = 3.5790

# One outlier drags the mean; the median barely moves.
with_outlier = np.array([1, 2, 3, 4, 5, 100])
print(
    f"mean = {np.mean(with_outlier):.4f},"
    f" median = {np.median(with_outlier):.4f}"
)
# > mean = 19.1667, median = 3.5000

# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

running_mean = np.cumsum(rolls) / np.arange(1, rolls.size + 1)
n = np.unique(
    np.geomspace(1, rolls.size, 300).astype(int)
)  # thinned for a small SVG
fig, ax = plt.subplots(figsize=(6, 4))
ax.plot(n, running_mean[n - 1], label="sample mean of the first n rolls")
ax.axhline(expectation, color="tab:gray", ls="--", label="E[X] = 3.5")
ax.set(
    xscale="log",
    xlabel="number of rolls n",
    ylabel="mean",
    title="Sample mean of die rolls",
)
ax.legend()
plt.show()
