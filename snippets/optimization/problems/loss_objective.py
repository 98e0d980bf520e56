import numpy as np

# Fixed training data: 50 points around y = 3x - 1.
rng = np.random.default_rng(0)
x = rng.uniform(-1, 1, size=50)
y = 3 * x - 1 + 0.2 * rng.normal(size=50)


def mse(params):
    # The objective is a function of the parameters; the data are constants.
    w, b = params
    return np.mean((w * x + b - y) ** 2)


for params in [(0.0, 0.0), (1.0, 0.0), (3.0, -1.0)]:
    print(
        f"w = {params[0]:4.1f}, b = {params[1]:4.1f}: loss = {mse(params):.4f}"
    )
# > w =  0.0, b =  0.0: loss = 3.8982
# > w =  1.0, b =  0.0: loss = 2.2560
# > w =  3.0, b = -1.0: loss = 0.0407

# The minimiser fits this sample's noise too, so it is not exactly (3, -1).
A = np.column_stack([x, np.ones_like(x)])
w_star, b_star = np.linalg.lstsq(A, y, rcond=None)[0]
print(
    f"minimum: loss = {mse((w_star, b_star)):.4f} "
    f"at w = {w_star:.3f}, b = {b_star:.3f}"
)
# > minimum: loss = 0.0397 at w = 3.052, b = -0.996
