import numpy as np


def f(x):
    return x * x * x - 2 * x  # f'(x) = 3x^2 - 2


# At x = 1, f'(1) = 1. Shrink h and watch the error of each difference quotient.
for h in [1e-1, 1e-3, 1e-5, 1e-8, 1e-12]:
    forward = (f(1 + h) - f(1)) / h
    central = (f(1 + h) - f(1 - h)) / (2 * h)
    print(
        f"h = {h:.0e}: forward error {abs(forward - 1):.1e}, "
        f"central {abs(central - 1):.1e}"
    )
# > h = 1e-01: forward error 3.1e-01, central 1.0e-02
# > h = 1e-03: forward error 3.0e-03, central 1.0e-06
# > h = 1e-05: forward error 3.0e-05, central 9.5e-11
# > h = 1e-08: forward error 1.6e-08, central 6.1e-09
# > h = 1e-12: forward error 8.9e-05, central 8.9e-05

# h must scale with |x|: at x = 1000, h = 1e-5 is a relative nudge of 1e-8.
x0, exact = 1000.0, 3 * 1000.0**2 - 2
for h in [1e-5, 1e-5 * abs(x0)]:
    central = (f(x0 + h) - f(x0 - h)) / (2 * h)
    print(
        f"x = 1000, h = {h:.0e}: relative error {abs(central / exact - 1):.0e}"
    )
# > x = 1000, h = 1e-05: relative error 3e-09
# > x = 1000, h = 1e-02: relative error 3e-11

# float32 (deep learning's default) has eps ~ 1e-7: float64's h fails there.
x32 = np.float32(1.0)
for h in [np.float32(1e-5), np.float32(5e-3)]:
    central = (f(x32 + h) - f(x32 - h)) / (2 * h)
    print(f"float32, h = {h:.0e}: central error {abs(float(central) - 1):.0e}")
# > float32, h = 1e-05: central error 1e-03
# > float32, h = 5e-03: central error 2e-05
