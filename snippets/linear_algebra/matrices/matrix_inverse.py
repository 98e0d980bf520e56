import numpy as np

A = np.array([[1.0, 2.0], [3.0, 4.0]])
A_inv = np.linalg.inv(A)
print(np.round(A_inv, 10))
# > [[-2.   1. ]
# >  [ 1.5 -0.5]]

# The 2x2 formula: swap the diagonal, negate the rest, divide by det A = -2.
print(np.allclose(A_inv, np.array([[4.0, -2.0], [-3.0, 1.0]]) / -2.0))
# > True

# A times its inverse is the identity, up to floating-point rounding.
print(np.allclose(A @ A_inv, np.eye(2)), np.allclose(A_inv @ A, np.eye(2)))
# > True True

# To solve A x = y, call solve: it is faster and more accurate than inv(A) @ y.
y = np.array([5.0, 6.0])
x = np.linalg.solve(A, y)
print(np.round(x, 10))
# > [-4.   4.5]

# A singular matrix (det 0, dependent columns) has no inverse.
S = np.array([[1.0, 2.0], [2.0, 4.0]])
try:
    np.linalg.inv(S)
except np.linalg.LinAlgError as err:
    print(f"LinAlgError: {err}")
# > LinAlgError: Singular matrix
