import warnings

import numpy as np
from scipy.optimize import minimize


def f(p):
    return p[0] ** 2 + p[1] ** 2


con = {"type": "eq", "fun": lambda p: p[0] + p[1] - 1}

# BFGS cannot handle constraints: scipy warns and then ignores them.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    res = minimize(f, x0=[2.0, -1.0], method="BFGS", constraints=[con])
print(caught[0].message)
# > Method BFGS cannot handle constraints.
x = np.round(res.x, 4) + 0.0  # + 0.0 turns -0.0 into 0.0
print(f"BFGS:  x = {x}, x + y = {x.sum():.4f}")
# > BFGS:  x = [0. 0.], x + y = 0.0000

res = minimize(f, x0=[2.0, -1.0], method="SLSQP", constraints=[con])
x = np.round(res.x, 4) + 0.0
print(f"SLSQP: x = {x}, x + y = {x.sum():.4f}")
# > SLSQP: x = [0.5 0.5], x + y = 1.0000
