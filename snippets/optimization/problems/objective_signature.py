import numpy as np
from scipy.optimize import minimize


def rosenbrock(x, y):  # a natural signature on paper: two scalars
    return (1 - x) ** 2 + 100 * (y - x**2) ** 2


try:
    minimize(rosenbrock, x0=[-1.2, 1.0], method="BFGS")
except TypeError as err:
    print("TypeError:", err)
# > TypeError: rosenbrock() missing 1 required positional argument: 'y'


def rosenbrock_vec(p):  # what minimize calls: one 1-D array
    return rosenbrock(p[0], p[1])


res = minimize(rosenbrock_vec, x0=[-1.2, 1.0], method="BFGS")
print(np.round(res.x, 4), res.success)
# > [1. 1.] True
