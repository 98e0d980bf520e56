import matplotlib.pyplot as plt
import numpy as np
import scipy.optimize as opt


# Minimise f(x) = e^x - 2x: f'(x) = e^x - 2, f''(x) = e^x, minimum at x* = ln 2.
def df(x):
    return np.exp(x) - 2


def d2f(x):
    return np.exp(x)


x_star = np.log(2)

# Newton for minimisation: x <- x - f'(x) / f''(x).
x = 0.0
newton_errors = [abs(x - x_star)]
for _ in range(6):
    x = x - df(x) / d2f(x)
    newton_errors.append(abs(x - x_star))
print(f"Newton: x_6 = {x:.10f}, ln 2 = {x_star:.10f}")
# > Newton: x_6 = 0.6931471806, ln 2 = 0.6931471806
for k, err in enumerate(newton_errors):
    print(f"k = {k}: error {err:.1e}")
# > k = 0: error 6.9e-01
# > k = 1: error 3.1e-01
# > k = 2: error 4.3e-02
# > k = 3: error 9.0e-04
# > k = 4: error 4.0e-07
# > k = 5: error 8.0e-14
# > k = 6: error 0.0e+00

# Gradient descent on the same function, learning rate 0.1, for comparison.
x = 0.0
gd_errors = [abs(x - x_star)]
for _ in range(30):
    x = x - 0.1 * df(x)
    gd_errors.append(abs(x - x_star))
print(
    f"gradient descent: error after 5 steps {gd_errors[5]:.1e}, after 30 {gd_errors[30]:.1e}"
)
# > gradient descent: error after 5 steps 3.0e-01, after 30 1.3e-03

# scipy's newton finds a ROOT; hand it f' (and f'') to get the minimiser.
x_min = opt.newton(df, 0.0, fprime=d2f)
print(f"opt.newton on f': {x_min:.10f}")
# > opt.newton on f': 0.6931471806

# Picture: error per iteration on a log scale (Newton's last error is exactly 0: not drawn).
fig, ax = plt.subplots(figsize=(6, 4))
ax.semilogy(gd_errors, "o-", ms=3, label="gradient descent, $\\eta$ = 0.1")
ax.semilogy(newton_errors[:6], "s-", label="Newton's method")
ax.set(xlabel="iteration k", ylabel="$|x_k - x^*|$", ylim=(1e-16, 2))
ax.set_title("Minimising $e^x - 2x$ from $x_0 = 0$")
ax.legend(loc="center right")
plt.show()
