# --8<-- [start:lesson]
import numpy as np

functions = {
    "x^2": lambda x: x**2,
    "|x|": np.abs,
    "ReLU max(x, 0)": lambda x: np.maximum(x, 0.0),
    "hinge max(0, 1 - x)": lambda x: np.maximum(0.0, 1 - x),
    "double well x^4 - 2x^2": lambda x: x**4 - 2 * x**2,
}

# The definition: f(t x + (1 - t) y) <= t f(x) + (1 - t) f(y) for all x, y, t.
rng = np.random.default_rng(0)
x, y = rng.uniform(-2, 2, size=(2, 100_000))
t = rng.uniform(0, 1, size=100_000)
for name, f in functions.items():
    gap = f(t * x + (1 - t) * y) - (t * f(x) + (1 - t) * f(y))
    print(f"{name:<24} chord inequality holds: {bool(np.all(gap <= 1e-12))}")
# > x^2                      chord inequality holds: True
# > |x|                      chord inequality holds: True
# > ReLU max(x, 0)           chord inequality holds: True
# > hinge max(0, 1 - x)      chord inequality holds: True
# > double well x^4 - 2x^2   chord inequality holds: False

# One violated chord is enough: the double well between x = -1 and y = 1.
well = functions["double well x^4 - 2x^2"]
print(
    f"f(0) = {well(0.0):.2f} lies above the chord value "
    f"{(well(-1.0) + well(1.0)) / 2:.2f}"
)
# > f(0) = 0.00 lies above the chord value -1.00

# Second-order test (twice differentiable f): the Hessian is PSD everywhere.
# For f(x) = x^T A x with symmetric A the Hessian is the constant matrix 2A.
for A in [
    np.array([[2.0, 1.0], [1.0, 2.0]]),
    np.array([[1.0, 2.0], [2.0, 1.0]]),
]:
    print(
        "A =", A.tolist(), "-> Hessian eigenvalues", np.linalg.eigvalsh(2 * A)
    )
# > A = [[2.0, 1.0], [1.0, 2.0]] -> Hessian eigenvalues [2. 6.]
# > A = [[1.0, 2.0], [2.0, 1.0]] -> Hessian eigenvalues [-2.  6.]
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

fig, axes = plt.subplots(1, 2, figsize=(6, 4), sharey=True)
xs = np.linspace(-1.6, 1.6, 200)
for ax, name, a, b in [
    (axes[0], "ReLU max(x, 0)", -1.0, 1.5),
    (axes[1], "double well x^4 - 2x^2", -1.0, 1.0),
]:
    f = functions[name]
    ax.plot(xs, f(xs), color="tab:blue", lw=2, label="$f$")
    ax.plot(
        [a, b], [f(a), f(b)], "o-", color="tab:orange", lw=2, label="chord"
    )
    ax.set_title(name.split(" ")[0] if "ReLU" in name else "double well")
    ax.set_xlabel("$x$")
    ax.grid(alpha=0.3)
axes[0].text(-1.4, 1.6, "convex:\nchord above", va="top")
axes[1].text(-0.7, 1.6, "not convex:\nchord below", va="top")
axes[0].set_ylim(-1.3, 1.8)
axes[0].legend(loc="lower right")
plt.show()
