# --8<-- [start:lesson]
import numpy as np
from scipy import stats

rng = np.random.default_rng(0)


# An affine flow y = A x + b of x ~ N(0, I): the result is N(b, A A^T).
A, b = np.array([[2.0, 0.0], [1.0, 0.5]]), np.array([1.0, -1.0])
y = np.array([0.5, 0.3])
x = np.linalg.solve(A, y - b)  # the inverse map
log_p = stats.multivariate_normal(np.zeros(2)).logpdf(x) - np.log(
    abs(np.linalg.det(A))
)
exact = stats.multivariate_normal(b, A @ A.T).logpdf(y)
print(f"change of variables: {log_p:.6f}, N(b, A A^T): {exact:.6f}")
# > change of variables: -6.674127, N(b, A A^T): -6.674127


# A nonlinear coupling flow: y1 = x1, y2 = x2 exp(s(x1)) + t(x1).
def s(u):
    return 0.5 * np.tanh(u)


def t(u):
    return u**2 - 1


def forward(x1, x2):
    return x1, x2 * np.exp(s(x1)) + t(x1)


def log_density(y1, y2):
    """log p_Y(y) = log p_X(g^{-1}(y)) - log |det J_g|, with det J_g = e^s."""
    x1, x2 = y1, (y2 - t(y1)) * np.exp(-s(y1))
    log_px = -0.5 * (x1**2 + x2**2) - np.log(2 * np.pi)
    return log_px - s(x1)


# The Jacobian is triangular: its determinant is the product of the diagonal.
p, h = np.array([0.7, -0.2]), 1e-6
J = np.column_stack(
    [
        (np.array(forward(*(p + h * e))) - np.array(forward(*(p - h * e))))
        / (2 * h)
        for e in np.eye(2)
    ]
)
print(
    f"det J: differences {np.linalg.det(J):.6f}, exp(s) {np.exp(s(p[0])):.6f}"
)
# > det J: differences 1.352810, exp(s) 1.352810


# The density integrates to 1, and predicts where samples fall.
def integral(lo1, hi1, lo2, hi2, k=1000):
    """Midpoint rule for p_Y over a rectangle, k x k cells."""
    w1, w2 = (hi1 - lo1) / k, (hi2 - lo2) / k
    c1, c2 = np.meshgrid(
        lo1 + w1 * (np.arange(k) + 0.5), lo2 + w2 * (np.arange(k) + 0.5)
    )
    return np.exp(log_density(c1, c2)).sum() * w1 * w2


print(
    f"integral of p_Y over [-6, 6] x [-8, 40]: {integral(-6, 6, -8, 40):.4f}"
)
# > integral of p_Y over [-6, 6] x [-8, 40]: 1.0000
y1, y2 = forward(*rng.standard_normal((2, 100_000)))
frac = np.mean((y1 > 0) & (y1 < 1) & (y2 > -1) & (y2 < 0))
print(f"P(box): density {integral(0, 1, -1, 0):.3f}, samples {frac:.3f}")
# > P(box): density 0.104, samples 0.103
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

fig, ax = plt.subplots(figsize=(6, 4))
ax.scatter(y1[:3000], y2[:3000], s=2, color="tab:gray", alpha=0.5)
ax.scatter([], [], s=10, color="tab:gray", label="samples of g(x)")
v1, v2 = np.meshgrid(np.linspace(-3, 3, 200), np.linspace(-3, 8, 200))
ax.contour(v1, v2, np.exp(log_density(v1, v2)), levels=6, cmap="viridis")
ax.plot([], [], color="tab:green", label="p_Y from the formula")
ax.set(xlim=(-3, 3), ylim=(-3, 8), xlabel="y₁", ylabel="y₂")
ax.set_title("Coupling flow: samples and change-of-variables density")
ax.legend(loc="upper center")
plt.show()
