# --8<-- [start:lesson]
import numpy as np

rng = np.random.default_rng(0)
reps = 2_000

# Spread (interquartile range) of the sample mean over 2000 samples of size n.
for n in [10, 100, 1_000]:
    normal_means = rng.normal(size=(reps, n)).mean(axis=1)
    cauchy_means = rng.standard_cauchy(size=(reps, n)).mean(axis=1)
    iqr = [
        np.subtract(*np.percentile(m, [75, 25]))
        for m in (normal_means, cauchy_means)
    ]
    print(
        f"n = {n:>5}: IQR of the mean: "
        f"normal {iqr[0]:.3f}, Cauchy {iqr[1]:.2f}"
    )
# > n =    10: IQR of the mean: normal 0.412, Cauchy 1.89
# > n =   100: IQR of the mean: normal 0.135, Cauchy 2.11
# > n =  1000: IQR of the mean: normal 0.042, Cauchy 1.98
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

n_max = 100_000
steps = np.arange(1, n_max + 1)
fig, ax = plt.subplots(figsize=(6, 4))
for i in range(3):
    draws = rng.standard_cauchy(size=n_max)
    ax.plot(
        steps,
        np.cumsum(draws) / steps,
        color="tab:red",
        lw=1,
        label="Cauchy" if i == 0 else None,
    )
    draws = rng.normal(size=n_max)
    ax.plot(
        steps,
        np.cumsum(draws) / steps,
        color="tab:blue",
        lw=1,
        label="standard normal" if i == 0 else None,
    )
ax.axhline(0, color="black", lw=1)
ax.set(
    xscale="log",
    ylim=(-4, 4),
    xlabel="number of draws $n$",
    ylabel="running mean",
    title="Running means: normal settles, Cauchy never does",
)
ax.legend(loc="lower left")
plt.show()
