import numpy as np

A = np.array([[1.0, 2.0], [3.0, 4.0]])
A_inv = np.linalg.inv(A)
print(A_inv)
# > [[-2.   1. ]
# >  [ 1.5 -0.5]]

# A times its inverse is the identity, up to floating-point rounding.
print(np.allclose(A @ A_inv, np.eye(2)))
# > True

# To solve A x = b, call solve: it is faster and more accurate than inv(A) @ b.
b = np.array([5.0, 6.0])
x = np.linalg.solve(A, b)
print(x)
# > [-4.   4.5]

# A singular matrix (determinant 0) has no inverse.
S = np.array([[1.0, 2.0], [2.0, 4.0]])
try:
    np.linalg.inv(S)
except np.linalg.LinAlgError as err:
    print(f"LinAlgError: {err}")
# > LinAlgError: Singular matrix
