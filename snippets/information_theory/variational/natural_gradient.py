# --8<-- [start:lesson]
import numpy as np

rng = np.random.default_rng(0)
data = rng.normal(2.0, 0.3, size=200)
# The loss depends on the data only through the mean and the ddof=0 variance.
xbar, var_hat = data.mean(), data.var(ddof=0)


def nll(mu, sigma):
    """Mean negative log-likelihood of N(mu, sigma^2), without the constant."""
    return np.log(sigma) + ((xbar - mu) ** 2 + var_hat) / (2 * sigma**2)


def grad(mu, sigma):
    d_mu = -(xbar - mu) / sigma**2
    d_sigma = 1 / sigma - ((xbar - mu) ** 2 + var_hat) / sigma**3
    return np.array([d_mu, d_sigma])


def fisher(mu, sigma):
    """Fisher information of N(mu, sigma^2) for the parameters (mu, sigma)."""
    return np.diag([1 / sigma**2, 2 / sigma**2])


def run(step, theta, n_steps):
    path = [theta]
    for _ in range(n_steps):
        theta = theta - step(theta)
        path.append(theta)
    return np.array(path)


start = np.array([0.0, 1.0])
gd = run(lambda t: 0.05 * grad(*t), start, 20)  # plain gradient descent
ngd = run(lambda t: 0.5 * np.linalg.solve(fisher(*t), grad(*t)), start, 20)
print(f"MLE:              mu = {xbar:.4f}, sigma = {np.sqrt(var_hat):.4f}")
# > MLE:              mu = 2.0046, sigma = 0.2884
print(f"20 GD steps:      mu = {gd[-1, 0]:.4f}, sigma = {gd[-1, 1]:.4f}")
# > 20 GD steps:      mu = 0.8708, sigma = 1.3806
gd100 = run(lambda t: 0.05 * grad(*t), start, 100)
print(f"100 GD steps:     mu = {gd100[-1, 0]:.4f}, sigma = {gd100[-1, 1]:.4f}")
# > 100 GD steps:     mu = 2.0046, sigma = 0.2884
print(f"20 natural steps: mu = {ngd[-1, 0]:.4f}, sigma = {ngd[-1, 1]:.4f}")
# > 20 natural steps: mu = 2.0046, sigma = 0.2884

# Near the MLE the curvature along sigma is 2 / sigma^2, so gradient descent
# is stable there only for eta < 2 / (2 / sigma^2) = sigma^2.
print(f"GD is stable near the MLE for eta < {var_hat:.4f}")
# > GD is stable near the MLE for eta < 0.0831
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

M, Sg = np.meshgrid(np.linspace(-0.3, 2.6, 300), np.linspace(0.2, 2.0, 300))
fig, ax = plt.subplots(figsize=(6, 4))
ax.contour(
    M,
    Sg,
    nll(M, Sg),
    levels=np.linspace(-1, 6, 15),
    colors="tab:gray",
    linewidths=0.7,
)
ax.plot(
    gd[:, 0], gd[:, 1], "o-", ms=3, label=r"gradient descent, $\eta = 0.05$"
)
ax.plot(
    ngd[:, 0], ngd[:, 1], "s-", ms=3, label=r"natural gradient, $\eta = 0.5$"
)
ax.plot(xbar, np.sqrt(var_hat), "k*", ms=12, label="maximum likelihood")
ax.set(xlabel=r"$\mu$", ylabel=r"$\sigma$")
ax.set_title("Fitting a Gaussian: loss contours in $(\\mu, \\sigma)$")
ax.legend(loc="upper left")
plt.show()
