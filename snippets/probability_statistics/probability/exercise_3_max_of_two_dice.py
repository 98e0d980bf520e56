from fractions import Fraction

import numpy as np

# M = the larger of two fair dice. Its cdf first: M <= m iff both dice <= m.
m = np.arange(1, 7)
cdf = [Fraction(int(k) ** 2, 36) for k in m]  # F(m) = (m / 6)**2
# p(m) = F(m) - F(m - 1), the jump of the staircase.
pmf = [cdf[0]] + [cdf[k] - cdf[k - 1] for k in range(1, 6)]
print("p(m) =", [str(q) for q in pmf])
# > p(m) = ['1/36', '1/12', '5/36', '7/36', '1/4', '11/36']
print("sum =", sum(pmf))
# > sum = 1

# Check by counting the 36 outcomes.
first, second = np.meshgrid(m, m, indexing="ij")
counts = np.bincount(np.maximum(first, second).ravel(), minlength=7)[1:]
print("counted:", [str(Fraction(int(c), 36)) for c in counts])
# > counted: ['1/36', '1/12', '5/36', '7/36', '1/4', '11/36']
