import numpy as np
from scipy.stats.contingency import crosstab


def plug_in_mi(x, y):
    """I in nats of the empirical joint distribution (the plug-in estimate)."""
    p = crosstab(x, y).count / len(x)
    px, py = p.sum(axis=1, keepdims=True), p.sum(axis=0, keepdims=True)
    nz = p > 0
    return np.sum(p[nz] * np.log(p[nz] / (px * py)[nz]))


# Two independent fair coins: the true I(X;Y) is 0.
rng = np.random.default_rng(0)
for n in [20, 200, 2000]:
    est = [plug_in_mi(*rng.integers(0, 2, size=(2, n))) for _ in range(500)]
    print(
        f"n = {n:4d}: mean plug-in I = {np.mean(est):.5f}, "
        f"1/(2n) = {1 / (2 * n):.5f} nats"
    )
# > n =   20: mean plug-in I = 0.02637, 1/(2n) = 0.02500 nats
# > n =  200: mean plug-in I = 0.00280, 1/(2n) = 0.00250 nats
# > n = 2000: mean plug-in I = 0.00026, 1/(2n) = 0.00025 nats
