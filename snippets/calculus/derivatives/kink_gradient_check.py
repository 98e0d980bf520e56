import numpy as np


def relu(x):
    return np.maximum(0.0, x)


# A gradient check at an input that sits within h of ReLU's kink at 0.
x, h = 1e-7, 1e-5
central = (relu(x + h) - relu(x - h)) / (2 * h)
print(f"analytic slope 1, central difference {central:.3f}")
# > analytic slope 1, central difference 0.505
