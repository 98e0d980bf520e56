import numpy as np
from scipy.optimize import minimize

# Two overlapping classes in 2-D, labels +1 / -1.
rng = np.random.default_rng(0)
n, C = 40, 1.0
y = np.where(np.arange(n) < n // 2, 1.0, -1.0)
X = rng.normal(size=(n, 2)) + 1.2 * y[:, None]

# Primal over (w, b, xi): min 1/2 |w|^2 + C sum xi
# s.t. y_i (w^T x_i + b) >= 1 - xi_i and xi_i >= 0.
primal = minimize(
    lambda z: 0.5 * z[:2] @ z[:2] + C * z[3:].sum(),
    x0=np.zeros(3 + n),
    method="SLSQP",
    constraints=[
        {"type": "ineq", "fun": lambda z: y * (X @ z[:2] + z[2]) - 1 + z[3:]}
    ],
    bounds=[(None, None)] * 3 + [(0, None)] * n,
)

# Dual over mu: max sum mu - 1/2 mu^T Q mu, Q_ij = y_i y_j x_i^T x_j,
# s.t. 0 <= mu_i <= C and sum mu_i y_i = 0. Minimise its negative.
Q = (y[:, None] * X) @ (y[:, None] * X).T
dual = minimize(
    lambda mu: 0.5 * mu @ Q @ mu - mu.sum(),
    x0=np.zeros(n),
    jac=lambda mu: Q @ mu - 1,
    method="SLSQP",
    constraints=[{"type": "eq", "fun": lambda mu: mu @ y}],
    bounds=[(0, C)] * n,
)
mu = dual.x
w = (mu * y) @ X  # stationarity in w: w = sum_i mu_i y_i x_i
print(f"primal optimum {primal.fun:.4f}, dual optimum {-dual.fun:.4f}")
# > primal optimum 9.3747, dual optimum 9.3747
print("w from the primal:", np.round(primal.x[:2], 3))
# > w from the primal: [0.389 1.383]
print("w from the dual:  ", np.round(w, 3))
# > w from the dual:   [0.389 1.383]
print("support vectors (mu_i > 1e-4):", int(np.sum(mu > 1e-4)), "of", n)
# > support vectors (mu_i > 1e-4): 12 of 40
