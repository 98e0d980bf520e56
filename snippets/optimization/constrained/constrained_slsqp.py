import numpy as np
from scipy.optimize import minimize


def f(p):
    return p[0] ** 2 + p[1] ** 2


def grad_f(p):
    return 2 * np.asarray(p)


# Each constraint in our sign convention: h = 0 or g <= 0, with its gradient.
one = np.array([1.0, 1.0])
problems = {
    "x + y = 1 ": ("eq", lambda p: p[0] + p[1] - 1, one),
    "x + y >= 1": ("ineq", lambda p: 1 - p[0] - p[1], -one),
    "x + y <= 1": ("ineq", lambda p: p[0] + p[1] - 1, one),
}
for name, (kind, con, grad_con) in problems.items():
    # scipy: 'eq' means fun = 0, 'ineq' means fun >= 0, so pass -g.
    fun = con if kind == "eq" else (lambda p, g=con: -g(p))
    res = minimize(
        f,
        x0=[2.0, -1.0],
        jac=grad_f,
        method="SLSQP",
        constraints=[{"type": kind, "fun": fun}],
    )
    x = np.round(res.x, 4) + 0.0  # + 0.0 turns -0.0 into 0.0
    if kind == "ineq" and con(res.x) < -1e-6:
        label = "mu = 0 (inactive)"  # complementary slackness
    else:
        # Stationarity grad f + multiplier * grad(constraint) = 0, solved for
        # the multiplier by least squares (one unknown, two equations).
        mult = -(grad_con @ grad_f(res.x)) / (grad_con @ grad_con)
        label = f"{'nu' if kind == 'eq' else 'mu'} = {mult:.4f}"
    print(f"{name}: x = {x}, f = {res.fun:.4f}, {label}")
# > x + y = 1 : x = [0.5 0.5], f = 0.5000, nu = -1.0000
# > x + y >= 1: x = [0.5 0.5], f = 0.5000, mu = 1.0000
# > x + y <= 1: x = [0. 0.], f = 0.0000, mu = 0 (inactive)
