import numpy as np

rng = np.random.default_rng(0)
probs = np.array([0.5, 0.3, 0.15, 0.05])  # e.g. a softmax over four tokens
cdf = np.cumsum(probs)  # F(k) = P(X <= k): 0.5, 0.8, 0.95, 1.0
cdf[-1] = 1.0  # round-off could leave it just below 1

u = rng.uniform(size=100_000)
# Inverse CDF for a discrete X: the smallest k with F(k) >= u.
samples = np.searchsorted(cdf, u)
freq = np.bincount(samples, minlength=probs.size) / samples.size
print("probabilities:", probs)
# > probabilities: [0.5  0.3  0.15 0.05]
print("frequencies:  ", np.round(freq, 3))
# > frequencies:   [0.501 0.301 0.148 0.05 ]
