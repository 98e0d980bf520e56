import numpy as np

# Heights (cm) of parent x_2 and child x_1, jointly normal.
mu = np.array([170.0, 170.0])
sd = np.array([8.0, 8.0])
rho = 0.5
Sigma = np.array(
    [[sd[0] ** 2, rho * sd[0] * sd[1]], [rho * sd[0] * sd[1], sd[1] ** 2]]
)

# E[x_1 | x_2] = mu_1 + Sigma_12 / Sigma_22 (x_2 - mu_2): a line in x_2.
slope = Sigma[0, 1] / Sigma[1, 1]
print(f"E[child | parent = 190] = {mu[0] + slope * (190 - mu[1]):.1f}")
# > E[child | parent = 190] = 180.0
print(
    "conditional std ="
    f" {np.sqrt(Sigma[0, 0] - Sigma[0, 1] ** 2 / Sigma[1, 1]):.2f}"
)
# > conditional std = 6.93

# The least-squares line fitted to samples estimates the same slope.
rng = np.random.default_rng(0)
X = mu + rng.standard_normal((10_000, 2)) @ np.linalg.cholesky(Sigma).T
fitted_slope, _ = np.polyfit(X[:, 1], X[:, 0], deg=1)
print(
    f"slope: theory {slope:.3f},"
    f" least squares on 10000 samples {fitted_slope:.3f}"
)
# > slope: theory 0.500, least squares on 10000 samples 0.493
