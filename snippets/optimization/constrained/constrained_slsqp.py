import numpy as np
from scipy.optimize import minimize


def f(p):
    return p[0] ** 2 + p[1] ** 2


def grad_f(p):
    return 2 * np.asarray(p)


problems = {
    "x + y = 1 ": {"type": "eq", "fun": lambda p: p[0] + p[1] - 1},
    "x + y >= 1": {"type": "ineq", "fun": lambda p: p[0] + p[1] - 1},
    "x + y <= 1": {"type": "ineq", "fun": lambda p: 1 - p[0] - p[1]},
}
for name, con in problems.items():
    # Always name the method: without it, minimize picks one based on the arguments.
    res = minimize(f, x0=[2.0, -1.0], jac=grad_f, method="SLSQP", constraints=[con])
    lam = float(res.multipliers[0])  # KKT multiplier (returned by recent scipy)
    print(f"{name}: x = {np.round(res.x, 4)}, f = {res.fun:.4f}, lambda = {lam:.4f}")
# > x + y = 1 : x = [0.5 0.5], f = 0.5000, lambda = 1.0000
# > x + y >= 1: x = [0.5 0.5], f = 0.5000, lambda = 1.0000
# > x + y <= 1: x = [0. 0.], f = 0.0000, lambda = 0.0000
