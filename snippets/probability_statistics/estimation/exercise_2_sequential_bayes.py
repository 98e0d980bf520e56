import numpy as np

rng = np.random.default_rng(1)
flips = rng.binomial(1, 0.7, size=20)
a1, a0 = 1.0, 1.0  # Beta(1, 1): the uniform prior

# Update after every flip: a one adds 1 to a1, a zero adds 1 to a0.
for y in flips:
    a1, a0 = a1 + y, a0 + (1 - y)
k, n = int(flips.sum()), flips.size
print(f"{k} ones in {n} flips")
# > 15 ones in 20 flips
print(f"sequential posterior: Beta({a1:.0f}, {a0:.0f})")
# > sequential posterior: Beta(16, 6)
print(f"batch posterior:      Beta({1 + k}, {1 + n - k})")
# > batch posterior:      Beta(16, 6)
print(f"MAP = {(a1 - 1) / (a1 + a0 - 2):.4f}, MLE k/n = {k / n:.4f}")
# > MAP = 0.7500, MLE k/n = 0.7500
print(f"posterior mean = {a1 / (a1 + a0):.4f}")
# > posterior mean = 0.7273
