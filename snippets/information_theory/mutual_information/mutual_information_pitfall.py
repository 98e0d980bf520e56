import numpy as np
import scipy.stats
from scipy.stats import entropy
from scipy.stats.contingency import crosstab

# The call in the source README does not exist in scipy.
print(hasattr(scipy.stats, "mutual_info_score"))
# > False
try:
    scipy.stats.mutual_info_score(None, None, contingency=[[0.3, 0.1], [0.2, 0.4]])
except AttributeError as err:
    print(f"AttributeError: {err}")
# > AttributeError: module 'scipy.stats' has no attribute 'mutual_info_score'

# sklearn.metrics.mutual_info_score is a clustering metric: it wants integer counts
# (a contingency table) and answers in nats. The same table as 1000 counted samples:
counts = np.array([[300, 100], [200, 400]])
p = counts / counts.sum()
mi_nats = np.sum(p * np.log(p / np.outer(p.sum(axis=1), p.sum(axis=0))))
print(f"I = {mi_nats:.4f} nats = {mi_nats / np.log(2):.4f} bits")
# > I = 0.0863 nats = 0.1245 bits

# Estimated from samples, MI is biased upward: independent coins still share "information".
rng = np.random.default_rng(0)
x = rng.integers(0, 2, size=100)
y = rng.integers(0, 2, size=100)  # drawn independently of x: the true I is 0
table = crosstab(x, y).count / 100
h = entropy(table.sum(axis=1), base=2) + entropy(table.sum(axis=0), base=2)
print(
    f"plug-in estimate from 100 samples: {h - entropy(table.ravel(), base=2):.4f} bits"
)
# > plug-in estimate from 100 samples: 0.0093 bits
