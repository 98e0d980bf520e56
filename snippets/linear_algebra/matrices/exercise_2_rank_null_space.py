import numpy as np

A = np.array([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [1.0, 0.0, 1.0]])
print(np.linalg.matrix_rank(A))
# > 2

# Column 3 = column 1 + column 2, so v = (1, 1, -1) is in the null space.
v = np.array([1.0, 1.0, -1.0])
print(A @ v == 0)
# > [ True  True  True]

# Rank-nullity: rank 2 + nullity 1 = 3 columns. Every solution of A x = y
# can be shifted by any multiple of v.
y = A @ np.array([1.0, 2.0, 0.0])
x1 = np.array([1.0, 2.0, 0.0])
x2 = x1 + 4 * v
print(np.allclose(A @ x1, y), np.allclose(A @ x2, y))
# > True True
print(abs(np.linalg.det(A)) < 1e-12)
# > True
