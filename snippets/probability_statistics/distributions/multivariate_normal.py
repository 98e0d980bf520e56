# --8<-- [start:lesson]
import numpy as np
from scipy import stats

mu = np.array([1.0, -1.0])
Sigma = np.array([[2.0, 1.2], [1.2, 1.0]])  # symmetric positive definite


def mvn_pdf(x, mu, Sigma):
    d = len(mu)
    diff = x - mu
    quad = diff @ np.linalg.solve(
        Sigma, diff
    )  # (x - mu)^T Sigma^{-1} (x - mu)
    return np.exp(-quad / 2) / np.sqrt((2 * np.pi) ** d * np.linalg.det(Sigma))


x0 = np.array([1.5, 0.0])
p_ours, p_scipy = (
    mvn_pdf(x0, mu, Sigma),
    stats.multivariate_normal(mu, Sigma).pdf(x0),
)
print(f"p(x0) = {p_ours:.4f}, scipy: {p_scipy:.4f}")
# > p(x0) = 0.0833, scipy: 0.0833

# Sampling via Cholesky: Sigma = L L^T, x = mu + L z with z ~ N(0, I).
L = np.linalg.cholesky(Sigma)
rng = np.random.default_rng(0)
Z = rng.standard_normal((5000, 2))
X = mu + Z @ L.T  # one sample per row
print("sample mean:", np.round(X.mean(axis=0), 2))
# > sample mean: [ 1.02 -0.99]
print("sample covariance:\n", np.round(np.cov(X, rowvar=False, ddof=1), 2))
# > sample covariance:
# >  [[2.03 1.19]
# >  [1.19 0.98]]

# Marginal of x_1: N(mu_1, Sigma_11). Conditional of x_1 given x_2 = 0:
mean_c = mu[0] + Sigma[0, 1] / Sigma[1, 1] * (0.0 - mu[1])
var_c = Sigma[0, 0] - Sigma[0, 1] ** 2 / Sigma[1, 1]
print(f"x_1 | x_2 = 0: mean {mean_c:.2f}, variance {var_c:.2f}")
# > x_1 | x_2 = 0: mean 2.20, variance 0.56
near = np.abs(X[:, 1]) < 0.05  # samples with x_2 close to 0
m_near, v_near = X[near, 0].mean(), X[near, 0].var(ddof=1)
print(
    f"{near.sum()} samples near x_2 = 0:"
    f" mean {m_near:.2f}, variance {v_near:.2f}"
)
# > 114 samples near x_2 = 0: mean 2.23, variance 0.54
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

g1, g2 = np.meshgrid(np.linspace(-4, 6, 120), np.linspace(-4.5, 2.5, 100))
grid = np.stack([g1, g2], axis=-1)
density = stats.multivariate_normal(mu, Sigma).pdf(grid)
fig, ax = plt.subplots(figsize=(6, 4.5))
ax.scatter(
    X[:400, 0],
    X[:400, 1],
    s=5,
    alpha=0.4,
    color="tab:gray",
    label="samples",
    rasterized=True,  # 400 points as one image keep the SVG small
)
ax.contour(g1, g2, density, levels=5, colors="tab:blue")
x2 = np.linspace(-4.5, 2.5, 2)
ax.plot(
    mu[0] + Sigma[0, 1] / Sigma[1, 1] * (x2 - mu[1]),
    x2,
    "--",
    color="tab:red",
    label="E[x₁ | x₂]",
)
ax.set(xlabel="x₁", ylabel="x₂", title="N(μ, Σ): samples and contours")
ax.set_aspect("equal")
ax.legend(loc="lower right")
plt.show()
