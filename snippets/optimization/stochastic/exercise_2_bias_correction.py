import numpy as np

b1, b2, g = 0.9, 0.999, 0.5  # a constant gradient g
v = s = 0.0
for k in range(1, 1001):
    v = b1 * v + (1 - b1) * g
    s = b2 * s + (1 - b2) * g**2
    if k in (1, 10, 100, 1000):
        raw = v / np.sqrt(s)  # without bias correction
        corrected = (v / (1 - b1**k)) / np.sqrt(s / (1 - b2**k))
        print(
            f"k = {k:>4}: step / lr uncorrected {raw:.3f}, "
            f"corrected {corrected:.3f}"
        )
# > k =    1: step / lr uncorrected 3.162, corrected 1.000
# > k =   10: step / lr uncorrected 6.528, corrected 1.000
# > k =  100: step / lr uncorrected 3.241, corrected 1.000
# > k = 1000: step / lr uncorrected 1.258, corrected 1.000
