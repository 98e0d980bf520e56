# --8<-- [start:lesson]
import numpy as np
from scipy import optimize, stats

# 200 measurements from a Gaussian whose parameters we pretend not to know.
rng = np.random.default_rng(0)
x = rng.normal(loc=5.0, scale=2.0, size=200)
n = x.size


def nll(params):
    """NLL of N(mu, sigma^2); sigma = exp(log_sigma) stays positive."""
    mu, log_sigma = params
    sigma = np.exp(log_sigma)
    return (
        n * np.log(sigma)
        + n / 2 * np.log(2 * np.pi)
        + np.sum((x - mu) ** 2) / (2 * sigma**2)
    )


# 1. Closed form: the sample mean and the ddof=0 standard deviation.
mu_hat, sigma_hat = x.mean(), x.std(ddof=0)
print(f"closed form: mu = {mu_hat:.4f}, sigma = {sigma_hat:.4f}")
# > closed form: mu = 5.0305, sigma = 1.9224

# 2. scipy's fit returns the same maximum-likelihood estimates.
loc, scale = stats.norm.fit(x)
print(f"norm.fit:    mu = {loc:.4f}, sigma = {scale:.4f}")
# > norm.fit:    mu = 5.0305, sigma = 1.9224

# 3. Minimise the negative log-likelihood numerically.
result = optimize.minimize(
    nll, x0=[0.0, 0.0], method="BFGS", options={"gtol": 1e-8}
)
mu_opt, sigma_opt = result.x[0], np.exp(result.x[1])
print(f"minimize:    mu = {mu_opt:.4f}, sigma = {sigma_opt:.4f}")
# > minimize:    mu = 5.0305, sigma = 1.9224

# The minimum value matches the formula n/2 (1 + log(2 pi sigma_hat^2)).
print(f"NLL at the optimum = {result.fun:.4f}")
# > NLL at the optimum = 414.4982
nll_formula = n / 2 * (1 + np.log(2 * np.pi * sigma_hat**2))
print(f"formula            = {nll_formula:.4f}")
# > formula            = 414.4982
print(
    f"NLL from scipy:     {-stats.norm.logpdf(x, mu_hat, sigma_hat).sum():.4f}"
)
# > NLL from scipy:     414.4982
print(f"ddof=1 sigma for comparison: {x.std(ddof=1):.4f}")
# > ddof=1 sigma for comparison: 1.9272

# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

# The NLL surface over (mu, sigma) is a bowl whose bottom is the estimate.
mus = np.linspace(4.0, 6.0, 50)
sigmas = np.linspace(1.4, 2.8, 50)
M, S = np.meshgrid(mus, sigmas)
Z = np.vectorize(lambda m, s: nll([m, np.log(s)]))(M, S)
fig, ax = plt.subplots(figsize=(6, 4))
contours = ax.contour(M, S, Z, levels=8)
ax.clabel(contours, fmt="%.0f")
ax.plot(
    mu_hat,
    sigma_hat,
    "o",
    color="tab:red",
    label="maximum-likelihood estimate",
)
ax.plot(5.0, 2.0, "x", color="black", label="true parameters")
ax.set(
    xlabel="$\\mu$",
    ylabel="$\\sigma$",
    title="Negative log-likelihood of 200 points",
)
ax.legend(loc="upper right")
plt.show()
