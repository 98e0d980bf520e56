import numpy as np
from scipy.special import softmax
from scipy.stats import entropy

z = np.array([2.0, 1.0, 0.1])
for tau in [0.1, 0.5, 1.0, 2.0, 10.0]:  # the temperature
    q = softmax(z / tau)
    print(
        f"tau = {tau:>4}: q = {np.round(q, 3)}, "
        f"H = {entropy(q, base=2):.4f} bits"
    )
# > tau =  0.1: q = [1. 0. 0.], H = 0.0007 bits
# > tau =  0.5: q = [0.864 0.117 0.019], H = 0.6545 bits
# > tau =  1.0: q = [0.659 0.242 0.099], H = 1.2216 bits
# > tau =  2.0: q = [0.502 0.304 0.194], H = 1.4806 bits
# > tau = 10.0: q = [0.366 0.331 0.303], H = 1.5806 bits
print(f"log2 3 = {np.log2(3):.4f} bits")
# > log2 3 = 1.5850 bits
