import numpy as np
from scipy.stats import entropy

p = np.array([0.4, 0.4, 0.2])  # the data: all three outcomes occur
q = np.array([0.5, 0.5, 0.0])  # the model: calls outcome 3 impossible
print(f"D(p||q) = {float(entropy(p, q))}")
# > D(p||q) = inf

# Smoothing the model, q_eps = (1 - eps) q + eps / 3, makes D finite,
# but the value is set by eps, not by the data: it grows like 0.2 log(1/eps).
for eps in [1e-2, 1e-4, 1e-6]:
    q_eps = (1 - eps) * q + eps / 3
    print(f"eps = {eps:.0e}: D(p||q_eps) = {entropy(p, q_eps):.2f} nats")
# > eps = 1e-02: D(p||q_eps) = 0.64 nats
# > eps = 1e-04: D(p||q_eps) = 1.56 nats
# > eps = 1e-06: D(p||q_eps) = 2.48 nats
