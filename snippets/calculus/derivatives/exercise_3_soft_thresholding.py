import numpy as np


def soft_threshold(a, alpha):
    return np.sign(a) * max(abs(a) - alpha, 0.0)


alpha = 0.5
ws = (
    np.arange(-300_000, 300_001) / 100_000
)  # a fine grid from -3 to 3, step 1e-5
for a in [2.0, 0.3, -1.0]:
    f = 0.5 * (ws - a) ** 2 + alpha * np.abs(ws)
    print(
        f"a = {a:+.1f}: formula {soft_threshold(a, alpha):+.2f}, "
        f"grid {ws[f.argmin()]:+.2f}"
    )
# > a = +2.0: formula +1.50, grid +1.50
# > a = +0.3: formula +0.00, grid +0.00
# > a = -1.0: formula -0.50, grid -0.50
