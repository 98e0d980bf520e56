import scipy.optimize as opt


def f(x):
    return x**2 + 2 * x + 1  # = (x + 1)^2: minimum AND double root at x = -1


# The tempting call: no fprime, so scipy runs the secant method on f(x) = 0.
root, info = opt.newton(f, 0.0, full_output=True)
close = abs(root + 1) < 1e-6
print(f"converged: {info.converged}; within 1e-6 of -1: {close}")
# > converged: True; within 1e-6 of -1: True

# Newton root-finding, x <- x - f(x) / f'(x): at a double root the error halves.
x = 0.0
for k in range(1, 5):
    x = x - f(x) / (2 * x + 2)
    print(f"k = {k}: error {abs(x + 1):.4f}")
# > k = 1: error 0.5000
# > k = 2: error 0.2500
# > k = 3: error 0.1250
# > k = 4: error 0.0625

# Shift f up by 1: the minimiser is still x = -1, but there is no root to find.
_, shifted = opt.newton(lambda t: f(t) + 1, 0.0, full_output=True, disp=False)
print(f"root search on (x+1)^2 + 1: converged = {shifted.converged}")
# > root search on (x+1)^2 + 1: converged = False
best = opt.minimize_scalar(lambda t: f(t) + 1, method="brent")
print(f"minimiser of (x+1)^2 + 1: x = {best.x:.6f}")
# > minimiser of (x+1)^2 + 1: x = -1.000000
