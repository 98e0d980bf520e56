# --8<-- [start:lesson]
from math import factorial

import numpy as np


def taylor_sin(x, a, order):
    """Taylor polynomial of sin around a (derivatives: sin, cos, -sin, -cos)."""
    derivs = [np.sin(a), np.cos(a), -np.sin(a), -np.cos(a)]
    return sum(
        derivs[j % 4] / factorial(j) * (x - a) ** j for j in range(order + 1)
    )


# Errors of the linear (order 1) and quadratic (order 2) models at a + delta.
a = 1.0
for delta in [0.1, 0.01]:
    err1 = abs(np.sin(a + delta) - taylor_sin(a + delta, a, 1))
    err2 = abs(np.sin(a + delta) - taylor_sin(a + delta, a, 2))
    print(
        f"delta = {delta}: order-1 error {err1:.2e}, order-2 error {err2:.2e}"
    )
# > delta = 0.1: order-1 error 4.29e-03, order-2 error 8.65e-05
# > delta = 0.01: order-1 error 4.22e-05, order-2 error 8.97e-08

# Divide out the predicted power: ratios near |f''(a)|/2 and |f'''(a)|/6.
delta = 1e-3
err1 = abs(np.sin(a + delta) - taylor_sin(a + delta, a, 1))
err2 = abs(np.sin(a + delta) - taylor_sin(a + delta, a, 2))
print(
    f"err1 / delta^2 = {err1 / delta**2:.4f}, |f''(1)|/2 = {np.sin(a) / 2:.4f}"
)
# > err1 / delta^2 = 0.4208, |f''(1)|/2 = 0.4207
print(
    f"err2 / delta^3 = {err2 / delta**3:.4f}, |f'''(1)|/6 = {np.cos(a) / 6:.4f}"
)
# > err2 / delta^3 = 0.0900, |f'''(1)|/6 = 0.0901
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

# Picture: sin and its Taylor polynomials around a = 1, of increasing order.
xs = np.linspace(-2.5, 4.5, 400)
fig, ax = plt.subplots(figsize=(6, 4), layout="constrained")
ax.plot(xs, np.sin(xs), color="black", lw=2.5, label="sin x")
for order in [1, 2, 3, 5]:
    ax.plot(xs, taylor_sin(xs, a, order), "--", label=f"order {order}")
ax.plot([a], [np.sin(a)], "ko")
ax.set(
    xlabel="x", ylim=(-2, 2), title="Taylor polynomials of sin x around a = 1"
)
ax.legend(loc="upper left", bbox_to_anchor=(1.02, 1))
plt.show()
