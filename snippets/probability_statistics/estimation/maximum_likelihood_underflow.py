import numpy as np

rng = np.random.default_rng(0)
y = rng.integers(0, 2, size=2000)  # 2000 fair coin flips
p = 0.5

probs = np.where(y == 1, p, 1 - p)  # the probability of each observed flip
print(f"product of the probabilities: {np.prod(probs)}")  # underflows
# > product of the probabilities: 0.0
print(f"sum of the log-probabilities: {np.sum(np.log(probs)):.2f}")
# > sum of the log-probabilities: -1386.29
print(f"smallest positive float64:    {np.nextafter(0, 1):.1e}")
# > smallest positive float64:    4.9e-324
