import numpy as np

rng = np.random.default_rng(0)
x, y = rng.uniform(-3, 3, size=(2, 100_000))
t = rng.uniform(0, 1, size=100_000)


def chord_holds(f):
    gap = f(t * x + (1 - t) * y) - (t * f(x) + (1 - t) * f(y))
    return bool(np.all(gap <= 1e-12))


def hinge(z):
    return np.maximum(0.0, 1 - z)


def neg_abs(z):
    return -np.abs(z)


# Both have second derivative 0 wherever it exists; only one is convex.
print("hinge chord inequality holds:", chord_holds(hinge))
# > hinge chord inequality holds: True
print("-|x|  chord inequality holds:", chord_holds(neg_abs))
# > -|x|  chord inequality holds: False
print(
    f"-|x| at 0: {neg_abs(0.0) + 0.0:.1f} > "
    f"chord {(neg_abs(-1.0) + neg_abs(1.0)) / 2:.1f}"
)
# > -|x| at 0: 0.0 > chord -1.0
