# --8<-- [start:lesson]
import numpy as np
import scipy.optimize as opt


# Minimise f(x) = e^x - 2x: f' = e^x - 2, f'' = e^x > 0, minimum x* = ln 2.
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
for k in range(1, 6):
    ratio = newton_errors[k] / newton_errors[k - 1] ** 2
    print(
        f"k = {k}: error {newton_errors[k]:.1e}, "
        f"error / previous error^2 = {ratio:.2f}"
    )
# > k = 1: error 3.1e-01, error / previous error^2 = 0.64
# > k = 2: error 4.3e-02, error / previous error^2 = 0.45
# > k = 3: error 9.0e-04, error / previous error^2 = 0.49
# > k = 4: error 4.0e-07, error / previous error^2 = 0.50
# > k = 5: error 8.0e-14, error / previous error^2 = 0.50
# At k = 6 the error is at the level of rounding: print a bound, not its digits.
print(f"k = 6: error below 1e-15: {newton_errors[6] < 1e-15}")
# > k = 6: error below 1e-15: True

# Gradient descent on the same function, learning rate 0.1, for comparison.
x = 0.0
gd_errors = [abs(x - x_star)]
for _ in range(30):
    x = x - 0.1 * df(x)
    gd_errors.append(abs(x - x_star))
print(
    f"gradient descent: error after 5 steps {gd_errors[5]:.1e}, "
    f"after 30 {gd_errors[30]:.1e}"
)
# > gradient descent: error after 5 steps 3.0e-01, after 30 1.3e-03

# scipy's newton finds a ROOT; hand it f' (and f'') to get the minimiser.
x_min = opt.newton(df, 0.0, fprime=d2f)
print(f"opt.newton on f': {x_min:.10f}, ln 2 = {x_star:.10f}")
# > opt.newton on f': 0.6931471806, ln 2 = 0.6931471806
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

# Picture: error per iteration, log scale (Newton up to k = 5, before rounding).
fig, ax = plt.subplots(figsize=(6, 4))
ax.semilogy(gd_errors, "o-", ms=3, label="gradient descent, $\\eta$ = 0.1")
ax.semilogy(newton_errors[:6], "s-", label="Newton's method")
ax.set(xlabel="iteration k", ylabel="$|x_k - x^*|$", ylim=(1e-16, 2))
ax.set_title("Minimising $e^x - 2x$ from $x_0 = 0$")
ax.legend(loc="center right")
plt.show()
