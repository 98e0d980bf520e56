import numpy as np
from scipy.special import rel_entr
from scipy.stats import entropy

P = np.array([0.5, 0.5, 0.0])  # never produces outcome 3
Q = np.array([0.4, 0.4, 0.2])

# Where p = 0 the term is 0: outcomes P never produces cost nothing.
print(f"terms of D(P||Q): {np.round(rel_entr(P, Q), 4)}, D = {entropy(P, Q):.4f} nats")
# > terms of D(P||Q): [0.1116 0.1116 0.    ], D = 0.2231 nats

# Where q = 0 but p > 0 the term is infinite: Q calls possible events impossible.
print(f"terms of D(Q||P): {np.round(rel_entr(Q, P), 4)}, D = {float(entropy(Q, P))}")
# > terms of D(Q||P): [-0.0893 -0.0893     inf], D = inf

# A common fix: mix a little of the uniform distribution into the model.
eps = 1e-3
P_smooth = (1 - eps) * P + eps / 3
print(f"D(Q||P_smooth) = {entropy(Q, P_smooth):.4f} nats")
# > D(Q||P_smooth) = 1.1011 nats
