# --8<-- [start:lesson]
import numpy as np
from numpy.polynomial import Polynomial

rng = np.random.default_rng(0)
n, noise_sd, reps = 15, 0.3, 500
# Fixed training inputs; each training set gets fresh noise.
x = np.linspace(0, 1, n)
x_test = np.linspace(0, 1, 50)
f_test = np.sin(2 * np.pi * x_test)  # the true function


def fit_many(degree):
    """Fit a polynomial to each of `reps` training sets; predict on x_test."""
    preds = np.empty((reps, x_test.size))
    for r in range(reps):
        y = np.sin(2 * np.pi * x) + rng.normal(scale=noise_sd, size=n)
        preds[r] = Polynomial.fit(x, y, degree)(x_test)
    return preds


degrees = range(1, 12)
bias2, variance = [], []
for degree in degrees:
    preds = fit_many(degree)
    # Squared bias and variance at each test input, averaged over x_test.
    bias2.append(np.mean((preds.mean(axis=0) - f_test) ** 2))
    variance.append(np.mean(preds.var(axis=0, ddof=0)))
    print(
        f"degree {degree:>2}: bias^2 {bias2[-1]:.1e}, "
        f"variance {variance[-1]:.3f}, "
        f"sum {bias2[-1] + variance[-1]:.3f}"
    )
# > degree  1: bias^2 2.2e-01, variance 0.012, sum 0.229
# > degree  2: bias^2 2.2e-01, variance 0.017, sum 0.233
# > degree  3: bias^2 5.8e-03, variance 0.021, sum 0.027
# > degree  4: bias^2 5.8e-03, variance 0.026, sum 0.032
# > degree  5: bias^2 5.8e-05, variance 0.032, sum 0.032
# > degree  6: bias^2 6.6e-05, variance 0.038, sum 0.038
# > degree  7: bias^2 1.1e-04, variance 0.045, sum 0.045
# > degree  8: bias^2 1.7e-04, variance 0.051, sum 0.051
# > degree  9: bias^2 6.4e-05, variance 0.064, sum 0.064
# > degree 10: bias^2 2.4e-04, variance 0.086, sum 0.086
# > degree 11: bias^2 3.3e-04, variance 0.146, sum 0.146
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

total = np.add(bias2, variance)
fig, ax = plt.subplots(figsize=(6, 4))
ax.plot(degrees, bias2, "o-", label="bias$^2$")
ax.plot(degrees, variance, "s-", label="variance")
ax.plot(degrees, total, "^-", lw=2, label="bias$^2$ + variance")
ax.set(
    xlabel="polynomial degree",
    ylabel="error on test inputs",
    yscale="log",
    title="Bias-variance trade-off, 15 training points",
)
ax.legend(loc="lower left")
plt.show()
