# --8<-- [start:lesson]
import numpy as np
from scipy import stats

# Three flips, all ones: maximum likelihood says theta = 1.
y = np.array([1, 1, 1])
n, k = y.size, int(y.sum())
a1, a0 = 2.0, 2.0  # Beta(2, 2) prior: theta is probably not far from 1/2

theta_mle = k / n
# Mode and mean of the Beta(a1 + k, a0 + n - k) posterior:
theta_map = (a1 + k - 1) / (a1 + a0 + n - 2)
theta_mean = (a1 + k) / (a1 + a0 + n)
print(
    f"MLE {theta_mle:.4f}, MAP {theta_map:.4f}, "
    f"posterior mean {theta_mean:.4f}"
)
# > MLE 1.0000, MAP 0.8000, posterior mean 0.7143

# Conjugacy on a grid: prior x likelihood, normalised, is Beta(a1+k, a0+n-k).
theta = np.linspace(0.0005, 0.9995, 1000)
dp = theta[1] - theta[0]
prior = stats.beta.pdf(theta, a1, a0)
unnormalised = prior * theta**k * (1 - theta) ** (n - k)
posterior = unnormalised / (unnormalised.sum() * dp)
gap = np.max(np.abs(posterior - stats.beta.pdf(theta, a1 + k, a0 + n - k)))
print(
    f"max |grid posterior - Beta({a1 + k:.0f}, {a0 + n - k:.0f})| < 1e-4: "
    f"{gap < 1e-4}"
)
# > max |grid posterior - Beta(5, 2)| < 1e-4: True
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

fig, ax = plt.subplots(figsize=(6, 4))
ax.plot(theta, prior, label="prior Beta(2, 2)")
likelihood = theta**k * (1 - theta) ** (n - k)
ax.plot(
    theta,
    likelihood / (likelihood.sum() * dp),
    ls=":",
    label="likelihood (normalised)",
)
ax.plot(theta, posterior, lw=2, label="posterior Beta(5, 2)")
ax.axvline(theta_map, color="gray", ls="--", label=f"MAP = {theta_map:.2f}")
ax.set(
    xlabel=r"$\theta$",
    ylabel="density",
    title="3 ones in 3 flips, Beta(2, 2) prior",
)
ax.legend(loc="upper left")
plt.show()
