# --8<-- [start:lesson]
import numpy as np

# Ten flips, seven ones: the data are fixed, the parameter theta varies.
y = np.array([1, 1, 0, 1, 1, 1, 0, 1, 0, 1])
n, k = y.size, int(y.sum())
theta = np.linspace(0.001, 0.999, 999)  # a grid of candidate parameters

# The product of the n Bernoulli probabilities, and its logarithm:
likelihood = theta**k * (1 - theta) ** (n - k)
log_likelihood = k * np.log(theta) + (n - k) * np.log(1 - theta)

print(f"k/n = {k / n}")
# > k/n = 0.7
print(
    f"argmax of the likelihood:     theta = {theta[np.argmax(likelihood)]:.3f}"
)
# > argmax of the likelihood:     theta = 0.700
print(
    f"argmax of the log-likelihood: theta = "
    f"{theta[np.argmax(log_likelihood)]:.3f}"
)
# > argmax of the log-likelihood: theta = 0.700
print(f"likelihood at the maximum: {likelihood.max():.5f}")
# > likelihood at the maximum: 0.00222
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

fig, ax = plt.subplots(figsize=(6, 4))
ax.plot(
    theta, likelihood / likelihood.max(), label="likelihood (scaled to max 1)"
)
ax.plot(
    theta,
    log_likelihood - log_likelihood.max(),
    label="log-likelihood (shifted to max 0)",
)
ax.axvline(k / n, color="gray", ls="--", label=r"$\hat\theta = k/n = 0.7$")
ax.set(xlabel=r"$\theta$", ylim=(-3, 2.4), title="7 ones in 10 flips")
ax.legend(loc="upper left")
plt.show()
