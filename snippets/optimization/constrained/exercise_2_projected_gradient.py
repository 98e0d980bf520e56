import numpy as np
from scipy.optimize import minimize


def grad(p):
    # f(x, y) = (x - 2)^2 + (y + 1)^2, unconstrained minimum (2, -1)
    return 2 * (p - np.array([2.0, -1.0]))


lower, upper = np.zeros(2), np.ones(2)  # the box 0 <= x, y <= 1
p = np.array([0.5, 0.5])
for _ in range(100):
    p = np.clip(p - 0.1 * grad(p), lower, upper)  # step, then project back
print("projected GD:", np.round(p, 4))
# > projected GD: [1. 0.]

res = minimize(
    lambda q: (q[0] - 2) ** 2 + (q[1] + 1) ** 2,
    x0=[0.5, 0.5],
    jac=grad,
    method="L-BFGS-B",
    bounds=[(0, 1), (0, 1)],
)
print("L-BFGS-B:    ", np.round(res.x, 4))
# > L-BFGS-B:     [1. 0.]
