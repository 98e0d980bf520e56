import numpy as np
import sympy as sp
from scipy.optimize import minimize

x, y, nu = sp.symbols("x y nu", real=True)
f = x**2 + 2 * y**2
h = x + y - 3
lagrangian = f + nu * h
print(
    sp.solve(
        [sp.diff(lagrangian, v) for v in (x, y, nu)], [x, y, nu], dict=True
    )
)
# > [{nu: -4, x: 2, y: 1}]

res = minimize(
    lambda p: p[0] ** 2 + 2 * p[1] ** 2,
    x0=[0.0, 0.0],
    method="SLSQP",
    constraints=[{"type": "eq", "fun": lambda p: p[0] + p[1] - 3}],
)
print(np.round(res.x, 4), f"f = {res.fun:.4f}")
# > [2. 1.] f = 6.0000
