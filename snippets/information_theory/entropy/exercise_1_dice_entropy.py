import numpy as np
from scipy.stats import entropy

fair = np.full(6, 1 / 6)
loaded = np.array([0.5, 0.1, 0.1, 0.1, 0.1, 0.1])

print(
    f"fair die:   {entropy(fair, base=2):.4f} bits (log2 6 = {np.log2(6):.4f})"
)
# > fair die:   2.5850 bits (log2 6 = 2.5850)
print(f"loaded die: {entropy(loaded, base=2):.4f} bits")
# > loaded die: 2.1610 bits
# The fair die is the most uncertain: nothing on 6 outcomes beats log2 6.
