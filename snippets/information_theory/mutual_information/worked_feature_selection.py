import numpy as np
from scipy.stats.contingency import crosstab


def plug_in_mi(x, y):
    """I in nats of the empirical joint distribution (the plug-in estimate)."""
    p = crosstab(x, y).count / len(x)
    px, py = p.sum(axis=1, keepdims=True), p.sum(axis=0, keepdims=True)
    nz = p > 0
    return np.sum(p[nz] * np.log(p[nz] / (px * py)[nz]))


rng = np.random.default_rng(0)
n = 2000
y = rng.integers(0, 2, size=n)  # binary label
features = {
    # the label says whether the feature is extreme: symmetric, non-linear
    "extreme": np.where(
        y == 1, rng.choice([-2, 2], n), rng.choice([-1, 0, 1], n)
    ),
    # a noisy copy of the label: wrong 30% of the time
    "noisy copy": np.where(rng.random(n) < 0.7, y, 1 - y),
    # unrelated to the label
    "noise": rng.integers(0, 5, size=n),
}
for name, x in features.items():
    r = np.corrcoef(x, y)[0, 1]
    print(f"{name:10s}: corr {r:+.3f}, I(x;y) = {plug_in_mi(x, y):.3f} nats")
# > extreme   : corr +0.008, I(x;y) = 0.692 nats
# > noisy copy: corr +0.393, I(x;y) = 0.079 nats
# > noise     : corr -0.022, I(x;y) = 0.002 nats
