import scipy.optimize as opt


def f(x):
    return x**2 + 2 * x + 1  # = (x + 1)^2: a double root at x = -1


# The source's call: no fprime given, so scipy runs the secant method, and seeks f(x) = 0.
root, info = opt.newton(f, 0.0, full_output=True)
print(f"{info.method}: x = {root:.10f} after {info.iterations} iterations")
# > secant: x = -0.9999999853 after 37 iterations

# Newton root-finding by hand, x <- x - f(x) / f'(x): the error only halves each step.
x = 0.0
for k in range(1, 7):
    x = x - f(x) / (2 * x + 2)
    print(f"k = {k}: error {abs(x + 1):.6f}")
# > k = 1: error 0.500000
# > k = 2: error 0.250000
# > k = 3: error 0.125000
# > k = 4: error 0.062500
# > k = 5: error 0.031250
# > k = 6: error 0.015625

# Shift f up by 1: the minimiser is still x = -1, but there is no root to find.
_, shifted = opt.newton(lambda t: f(t) + 1, 0.0, full_output=True, disp=False)
print(f"root search on (x+1)^2 + 1: converged = {shifted.converged}")
# > root search on (x+1)^2 + 1: converged = False
best = opt.minimize_scalar(lambda t: f(t) + 1, method="brent")
print(f"minimiser of (x+1)^2 + 1: x = {best.x:.6f}")
# > minimiser of (x+1)^2 + 1: x = -1.000000
