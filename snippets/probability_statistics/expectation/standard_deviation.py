import statistics

import numpy as np

data = np.array([1, 2, 3, 4, 5])
print(f"ddof=0 (divide by n):     {np.std(data, ddof=0):.4f}")
# > ddof=0 (divide by n):     1.4142
print(f"ddof=1 (divide by n - 1): {np.std(data, ddof=1):.4f}")
# > ddof=1 (divide by n - 1): 1.5811
print(f"statistics.pstdev: {statistics.pstdev(data.tolist()):.4f}")
# > statistics.pstdev: 1.4142
print(f"statistics.stdev:  {statistics.stdev(data.tolist()):.4f}")
# > statistics.stdev:  1.5811

# Why n - 1: on small samples, dividing by n underestimates the variance.
rng = np.random.default_rng(0)
samples = rng.normal(
    0.0, 1.0, size=(20000, 5)
)  # 20000 samples of size 5, variance 1
print(f"average variance, ddof=0: {samples.var(axis=1, ddof=0).mean():.4f}")
# > average variance, ddof=0: 0.8011
print(f"average variance, ddof=1: {samples.var(axis=1, ddof=1).mean():.4f}")
# > average variance, ddof=1: 1.0014
print("true variance: 1")
# > true variance: 1
