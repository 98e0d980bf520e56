import numpy as np

# A perfectly well-behaved matrix with a tiny determinant ...
A = 0.1 * np.eye(100)
print(f"det = {np.linalg.det(A):.1e}, rank = {np.linalg.matrix_rank(A)}")
# > det = 1.0e-100, rank = 100
print(f"condition number = {np.linalg.cond(A):.1f}")
# > condition number = 1.0

# ... and a nearly singular one with determinant 1.
B = np.array([[1.0, 1e6], [0.0, 1.0]])
print(
    f"det = {np.linalg.det(B):.1f}, condition number = {np.linalg.cond(B):.1e}"
)
# > det = 1.0, condition number = 1.0e+12

# For log-densities, slogdet avoids the underflow: log|det A| = 100 log 0.1.
sign, logdet = np.linalg.slogdet(A)
print(sign, f"{logdet:.4f}")
# > 1.0 -230.2585
