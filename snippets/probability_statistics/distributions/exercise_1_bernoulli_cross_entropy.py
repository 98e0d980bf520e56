import numpy as np

y = np.array([1, 0, 1, 1, 0, 1, 1, 0, 1, 1])  # observed labels
theta = 0.6  # a model's P(y = 1)

# NLL of i.i.d. Bernoulli labels = summed binary cross-entropy.
nll = -np.sum(np.log(theta**y * (1 - theta) ** (1 - y)))
bce = -np.sum(y * np.log(theta) + (1 - y) * np.log(1 - theta))
print(f"NLL = {nll:.4f}, binary cross-entropy = {bce:.4f}")
# > NLL = 6.3247, binary cross-entropy = 6.3247

# The mean NLL is smallest at theta = mean(y), the share of ones.
grid = np.linspace(0.01, 0.99, 99)
mean_nll = [-np.mean(y * np.log(q) + (1 - y) * np.log(1 - q)) for q in grid]
print(
    f"best theta on the grid = {grid[np.argmin(mean_nll)]:.2f},"
    f" mean(y) = {y.mean():.2f}"
)
# > best theta on the grid = 0.70, mean(y) = 0.70
