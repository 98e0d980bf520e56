import numpy as np

# Eleven measurements taken at x = 1000, 1001, ..., 1010.
x = np.arange(1000.0, 1011.0)
y = 0.5 * x - 400.0

X_raw = np.column_stack([x, np.ones_like(x)])
X_centred = np.column_stack([x - x.mean(), np.ones_like(x)])
print(f"kappa raw = {np.linalg.cond(X_raw):.3g}")
# > kappa raw = 3.19e+05
print(f"kappa centred = {np.linalg.cond(X_centred):.4f}")
# > kappa centred = 3.1623

# The two designs span the same column space, so the fitted values agree.
w_raw, *_ = np.linalg.lstsq(X_raw, y)
w_centred, *_ = np.linalg.lstsq(X_centred, y)
print("same predictions:", np.allclose(X_raw @ w_raw, X_centred @ w_centred))
# > same predictions: True
print(
    f"slope = {w_centred[0]:.4f}, intercept at the mean = {w_centred[1]:.4f}"
)
# > slope = 0.5000, intercept at the mean = 102.5000
