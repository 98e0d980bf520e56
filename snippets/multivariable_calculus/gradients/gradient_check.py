import numpy as np

rng = np.random.default_rng(0)
d = 10_000
x = rng.standard_normal(d)


def f(x):
    return 0.5 * x @ x + np.sum(np.sin(x))


def grad_correct(x):
    return x + np.cos(x)


def grad_buggy(x):
    g = x + np.cos(x)
    g[0] += 0.05  # a bug in one entry out of 10,000
    return g


def directional_check(grad, x, n_dirs=5, h=1e-5):
    """Relative errors of grad . v against central differences, random v."""
    errors = []
    for _ in range(n_dirs):
        v = rng.standard_normal(x.size)
        fd = (f(x + h * v) - f(x - h * v)) / (2 * h)
        errors.append(abs(grad(x) @ v - fd) / abs(fd))
    return np.array(errors)


ok = directional_check(grad_correct, x)
bad = directional_check(grad_buggy, x)
print(
    f"correct gradient: every relative error < 1e-7: {bool(np.all(ok < 1e-7))}"
)
# > correct gradient: every relative error < 1e-7: True
print("buggy gradient, relative errors:", " ".join(f"{e:.1e}" for e in bad))
# > buggy gradient, relative errors: 4.8e-04 7.4e-03 2.4e-04 3.0e-04 6.4e-03
print(f"bug / |grad f| = {0.05 / np.linalg.norm(grad_correct(x)):.1e}")
# > bug / |grad f| = 4.0e-04
