import numpy as np

rng = np.random.default_rng(0)
data = rng.normal(2.0, 1.0, size=1000)
sigma = 1.0  # known; the parameter is the mean mu

for mu in [2.0, 0.0]:
    scores = (data - mu) / sigma**2  # d/dmu log p(x | mu) at each data point
    print(
        f"mu = {mu}: Fisher {1 / sigma**2:.2f}, "
        f"empirical Fisher {np.mean(scores**2):.2f}"
    )
# > mu = 2.0: Fisher 1.00, empirical Fisher 0.96
# > mu = 0.0: Fisher 1.00, empirical Fisher 4.76
