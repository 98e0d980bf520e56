import numpy as np
from scipy import stats

# y = exp(x), x ~ N(0, 1): x = log y and dx/dy = 1/y.
y = np.array([0.2, 1.0, 3.0])
p_y = stats.norm.pdf(np.log(y)) / y
print("change of variables:", np.round(p_y, 4))
# > change of variables: [0.5463 0.3989 0.0727]
print("scipy lognorm:      ", np.round(stats.lognorm(s=1.0).pdf(y), 4))
# > scipy lognorm:       [0.5463 0.3989 0.0727]
print("forgetting 1/y:     ", np.round(stats.norm.pdf(np.log(y)), 4))
# > forgetting 1/y:      [0.1093 0.3989 0.2182]

# Only the density with the Jacobian factor integrates to 1 (midpoint rule).
k, top = 2_000_000, 2000.0
mid = (np.arange(k) + 0.5) * (top / k)
print(f"with 1/y: {np.sum(stats.norm.pdf(np.log(mid)) / mid) * top / k:.3f}")
# > with 1/y: 1.000
print(f"without:  {np.sum(stats.norm.pdf(np.log(mid))) * top / k:.3f}")
# > without:  1.649
