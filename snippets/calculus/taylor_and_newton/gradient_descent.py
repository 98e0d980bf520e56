# --8<-- [start:lesson]
import numpy as np


def f(x):
    return (x - 3) ** 2  # minimum at x = 3


def grad_f(x):
    return 2 * (x - 3)  # the derivative, written out


def gradient_descent(grad, x0, learning_rate, num_iterations):
    """Every iterate x_0, ..., x_n of x <- x - learning_rate * grad(x)."""
    xs = [float(x0)]
    for _ in range(num_iterations):
        xs.append(xs[-1] - learning_rate * grad(xs[-1]))
    return np.array(xs)


xs = gradient_descent(grad_f, x0=0.0, learning_rate=0.1, num_iterations=100)
print(np.round(xs[:6], 4))
# > [0.     0.6    1.08   1.464  1.7712 2.017 ]
print(f"x_100 = {xs[100]:.6f}")
# > x_100 = 3.000000


def show(err, fmt):
    return (
        f"{err:{fmt}}" if err > 1e-12 else "below 1e-12"
    )  # a zero error prints a bound


# The error is multiplied by the factor 1 - 2 * learning_rate at every step.
for eta in [0.1, 0.5, 0.9, 1.0, 1.1]:
    xs = gradient_descent(grad_f, 0.0, eta, 100)
    print(
        f"eta = {eta}: factor {1 - 2 * eta:+.1f}, "
        f"|x_5 - 3| = {show(abs(xs[5] - 3), '.4f')}, "
        f"|x_100 - 3| = {show(abs(xs[100] - 3), '.1e')}"
    )
# > eta = 0.1: factor +0.8, |x_5 - 3| = 0.9830, |x_100 - 3| = 6.1e-10
# > eta = 0.5: factor +0.0, |x_5 - 3| = below 1e-12, |x_100 - 3| = below 1e-12
# > eta = 0.9: factor -0.8, |x_5 - 3| = 0.9830, |x_100 - 3| = 6.1e-10
# > eta = 1.0: factor -1.0, |x_5 - 3| = 3.0000, |x_100 - 3| = 3.0e+00
# > eta = 1.1: factor -1.2, |x_5 - 3| = 7.4650, |x_100 - 3| = 2.5e+08
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

# Picture: the first iterates for a small, a large and a too-large eta.
fig, ax = plt.subplots(figsize=(6, 4))
for eta, marker in [(0.1, "o"), (0.9, "s"), (1.1, "^")]:
    ax.plot(
        gradient_descent(grad_f, 0.0, eta, 12),
        marker=marker,
        label=f"$\\eta$ = {eta}",
    )
ax.axhline(3, color="black", lw=0.8, ls=":", label="minimum x = 3")
ax.set(xlabel="iteration k", ylabel="$x_k$", ylim=(-8, 14))
ax.set_title("Gradient descent on $(x-3)^2$ from $x_0 = 0$")
ax.legend(loc="upper left")
plt.show()
