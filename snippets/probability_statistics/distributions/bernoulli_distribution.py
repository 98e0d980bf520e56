# --8<-- [start:lesson]
import numpy as np
from scipy import stats

theta = 0.7
rng = np.random.default_rng(0)
samples = rng.binomial(
    1, theta, size=1000
)  # a binomial with n = 1 is a Bernoulli
print(samples[:10])
# > [1 1 1 1 0 0 1 0 1 0]

# Two equivalent ways to draw Bernoulli samples.
other = (rng.random(1000) < theta).astype(int)
print(f"share of ones: {samples.mean():.3f} and {other.mean():.3f}")
# > share of ones: 0.678 and 0.716

# Mean theta, variance theta (1 - theta): theory and sample (ddof=1).
print(f"mean: theory {theta:.3f}, sample {samples.mean():.3f}")
# > mean: theory 0.700, sample 0.678
print(
    f"variance: theory {theta * (1 - theta):.3f},"
    f" sample {samples.var(ddof=1):.3f}"
)
# > variance: theory 0.210, sample 0.219
print(
    f"scipy: pmf(1) = {stats.bernoulli.pmf(1, theta):.3f},"
    f" var = {stats.bernoulli.var(theta):.3f}"
)
# > scipy: pmf(1) = 0.700, var = 0.210

# Count each outcome: a bar per outcome, not a histogram with hand-made bins.
outcomes = np.array([0, 1])
frequencies = np.bincount(samples, minlength=2) / samples.size
print("frequencies of 0 and 1:", np.round(frequencies, 3))
# > frequencies of 0 and 1: [0.322 0.678]
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

fig, ax = plt.subplots(figsize=(6, 4))
ax.bar(outcomes - 0.2, frequencies, width=0.4, label="sample frequency")
ax.bar(
    outcomes + 0.2,
    stats.bernoulli.pmf(outcomes, theta),
    width=0.4,
    label="pmf",
)
ax.set_xticks(outcomes, ["0 (failure)", "1 (success)"])
ax.set(
    ylabel="probability", title=f"Bernoulli(θ = {theta}): 1000 samples vs pmf"
)
ax.legend(loc="upper left")
plt.show()
