import numpy as np

# Estimate E[exp(Z)], Z ~ N(0, 1); exact value exp(1/2), variance e^2 - e.
exact = np.exp(0.5)
sigma = np.sqrt(np.e**2 - np.e)
target_se = 0.01
n = int(np.ceil((sigma / target_se) ** 2))  # sigma / sqrt(n) <= 0.01
print(f"sigma = {sigma:.4f}, samples needed n = {n}")
# > sigma = 2.1612, samples needed n = 46708

rng = np.random.default_rng(0)
values = np.exp(rng.normal(size=n))
estimate, se = values.mean(), values.std(ddof=1) / np.sqrt(n)
print(
    f"estimate = {estimate:.3f}, estimated SE = {se:.4f}, exact = {exact:.3f}"
)
# > estimate = 1.652, estimated SE = 0.0103, exact = 1.649
