import numpy as np
import scipy.stats

# A call that looks plausible but does not exist in scipy.
print(hasattr(scipy.stats, "mutual_info_score"))
# > False

# sklearn.metrics.mutual_info_score is a clustering metric: it wants labels
# or a contingency table of integer counts, and it answers in nats. The counts
# below are 1000 samples of [[0.3, 0.1], [0.2, 0.4]]; by hand, in both units:
counts = np.array([[300, 100], [200, 400]])
p = counts / counts.sum()
mi_nats = np.sum(p * np.log(p / np.outer(p.sum(axis=1), p.sum(axis=0))))
print(f"I = {mi_nats:.4f} nats = {mi_nats / np.log(2):.4f} bits")
# > I = 0.0863 nats = 0.1245 bits
