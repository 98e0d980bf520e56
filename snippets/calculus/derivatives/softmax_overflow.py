import numpy as np

z = np.array(
    [1000.0, 999.0, 997.0]
)  # large logits are common in a trained network

# The formula as written: exp(1000) overflows to inf, and inf / inf is nan.
with np.errstate(over="ignore", invalid="ignore"):
    naive = np.exp(z) / np.sum(np.exp(z))
print("naive:  ", naive)
# > naive:   [nan nan nan]

# Subtract max(z) first: the ratio is unchanged, the largest term is e^0 = 1.
shifted = np.exp(z - z.max())
print("shifted:", np.round(shifted / shifted.sum(), 4))
# > shifted: [0.7054 0.2595 0.0351]
