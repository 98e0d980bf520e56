import numpy as np

a = np.array([1.0, 4.0, 16.0])  # X uniform on these three values

# log is concave, so Jensen's inequality flips: E[log X] <= log E[X].
print(
    f"E[log X] = {np.mean(np.log(a)):.4f} "
    f"<= log E[X] = {np.log(np.mean(a)):.4f}"
)
# > E[log X] = 1.3863 <= log E[X] = 1.9459

# Exponentiate both sides: geometric mean <= arithmetic mean.
print(
    f"geometric mean {np.exp(np.mean(np.log(a))):.4f} "
    f"<= arithmetic mean {a.mean():.4f}"
)
# > geometric mean 4.0000 <= arithmetic mean 7.0000
