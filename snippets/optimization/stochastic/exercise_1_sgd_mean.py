import numpy as np

# f(theta) = E[(theta - X)^2] / 2 is minimised by the mean of X.
rng = np.random.default_rng(0)
x = rng.normal(loc=3.0, scale=2.0, size=10_000)

theta_decay, theta_const, tail = 0.0, 0.0, []
for k, xk in enumerate(x):
    theta_decay -= (theta_decay - xk) / (k + 1)  # eta_k = 1/(k + 1)
    theta_const -= 0.1 * (theta_const - xk)  # constant eta = 0.1
    tail.append(theta_const)
print(f"decaying step: {theta_decay:.4f}, sample mean: {x.mean():.4f}")
# > decaying step: 3.0126, sample mean: 3.0126
print(
    f"constant step: last iterate {theta_const:.4f}, "
    f"std of the last 5000 {np.std(tail[5000:]):.3f}"
)
# > constant step: last iterate 3.0573, std of the last 5000 0.489
