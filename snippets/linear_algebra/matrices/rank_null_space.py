import numpy as np
from scipy.linalg import null_space

# Features: an intercept, a temperature x, and x in other units, 2x + 1.
x = np.array([0.0, 1.0, 2.0, 3.0, 4.0])
X = np.column_stack([np.ones(5), x, 2 * x + 1])
y = np.array([1.0, 2.9, 5.2, 6.8, 9.1])
print(np.linalg.matrix_rank(X))  # 3 columns, only 2 independent
# > 2

# The null space: column 3 = column 1 + 2 * column 2, so X (1, 2, -1) = 0.
v = np.array([1.0, 2.0, -1.0])
print(np.allclose(X @ v, 0))
# > True
N = null_space(X)  # an orthonormal basis of the null space
print(N.shape[1], np.linalg.matrix_rank(X) + N.shape[1] == X.shape[1])
# > 1 True

# Least squares has infinitely many solutions: adding v changes no prediction.
w, _, rank, _ = np.linalg.lstsq(X, y)
print(np.round(w, 4), rank)
# > [0.1467 0.3433 0.8333] 2
w_other = w + 3 * v
print(np.round(w_other, 4), np.allclose(X @ w, X @ w_other))
# > [ 3.1467  6.3433 -2.1667] True

# lstsq returns the smallest-norm solution, orthogonal to the null space.
print(f"{np.linalg.norm(w):.4f} < {np.linalg.norm(w_other):.4f}")
# > 0.9131 < 7.4050
print(abs(w @ v) < 1e-10)
# > True
