import numpy as np
from scipy.spatial.distance import jensenshannon
from scipy.stats import entropy

p = np.array([0.3, 0.7, 0.0])
q = np.array([0.1, 0.4, 0.5])
m = (p + q) / 2
js = 0.5 * entropy(p, m) + 0.5 * entropy(q, m)
print(f"JS divergence:          {js:.4f} nats")
# > JS divergence:          0.2202 nats
print(f"scipy jensenshannon:    {jensenshannon(p, q):.4f}  (the square root)")
# > scipy jensenshannon:    0.4692  (the square root)
print(f"jensenshannon(...)**2:  {jensenshannon(p, q) ** 2:.4f} nats")
# > jensenshannon(...)**2:  0.2202 nats
