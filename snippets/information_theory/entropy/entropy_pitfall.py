import numpy as np
from scipy.special import entr
from scipy.stats import entropy

# 1. No base given: the answer is in nats, not bits.
print(f"{entropy([0.6, 0.4]):.4f}")
# > 0.6730

# 2. The input is divided by its sum silently: counts work, but so do mistakes.
print(f"counts [3, 2]:       {entropy([3, 2], base=2):.4f} bits")
# > counts [3, 2]:       0.9710 bits
print(f"typo [0.6, 0.6]:     {entropy([0.6, 0.6], base=2):.4f} bits")
# > typo [0.6, 0.6]:     1.0000 bits

# 3. 0 log 0 must count as 0, but numpy computes 0 * (-inf) = nan.
p = np.array([0.5, 0.5, 0.0])
# np.errstate silences the log(0) warning on purpose, to show the result.
with np.errstate(divide="ignore", invalid="ignore"):
    naive = -np.sum(p * np.log2(p))
print(f"naive numpy:         {naive:.4f}")
# > naive numpy:         nan
print(f"scipy.special.entr:  {np.sum(entr(p)) / np.log(2):.4f} bits")
# > scipy.special.entr:  1.0000 bits
