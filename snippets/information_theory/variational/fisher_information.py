import numpy as np
from scipy.stats import entropy

theta = 0.3  # Bernoulli parameter: p(x | theta) = theta^x (1 - theta)^(1 - x)


def score(x):
    """d/dtheta log p(x | theta)."""
    return x / theta - (1 - x) / (1 - theta)


fisher = 1 / (theta * (1 - theta))
print(f"F(theta) = 1 / (theta (1 - theta)) = {fisher:.4f}")
# > F(theta) = 1 / (theta (1 - theta)) = 4.7619

# Exact expectations over x in {0, 1}: the score has mean 0, variance F.
px = np.array([1 - theta, theta])
s = score(np.array([0, 1]))
print(
    f"E[score] below 1e-12: {abs(px @ s) < 1e-12}, "
    f"E[score^2] = {px @ s**2:.4f}"
)
# > E[score] below 1e-12: True, E[score^2] = 4.7619

# Minus the expected second derivative gives the same F.
d2 = -np.array([0, 1]) / theta**2 - (1 - np.array([0, 1])) / (1 - theta) ** 2
print(f"-E[d2 log p] = {-(px @ d2):.4f}")
# > -E[d2 log p] = 4.7619

# Locally, KL between nearby models is the quadratic form F delta^2 / 2.
for delta in [0.1, 0.01]:
    kl = entropy(px, [1 - theta - delta, theta + delta])
    print(
        f"delta = {delta}: KL = {kl:.3e}, "
        f"F delta^2/2 = {fisher * delta**2 / 2:.3e}"
    )
# > delta = 0.1: KL = 2.160e-02, F delta^2/2 = 2.381e-02
# > delta = 0.01: KL = 2.352e-04, F delta^2/2 = 2.381e-04
