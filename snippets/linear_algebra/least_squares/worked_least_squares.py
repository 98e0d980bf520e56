import numpy as np

# Noisy points near the line y = 2x + 1.
rng = np.random.default_rng(0)
x = np.linspace(0, 5, 20)
y = 2 * x + 1 + rng.normal(scale=0.5, size=x.size)

# Design matrix: a column for the slope, a column of ones for the intercept.
X = np.column_stack([x, np.ones_like(x)])

# The normal equations X^T X w = X^T y, solved without forming an inverse ...
w_normal = np.linalg.solve(X.T @ X, X.T @ y)
# ... and lstsq, which works from X directly and is numerically safer.
w_lstsq, *_ = np.linalg.lstsq(X, y)
print(f"slope = {w_lstsq[0]:.4f}, intercept = {w_lstsq[1]:.4f}")
# > slope = 1.9473, intercept = 1.0402
print(np.allclose(w_normal, w_lstsq))
# > True

# At the optimum the residual is orthogonal to every column of X.
residual = y - X @ w_lstsq
print(np.allclose(X.T @ residual, 0.0))
# > True
