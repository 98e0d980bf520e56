import numpy as np

A = np.array([[2.0, 1.0], [1.0, 2.0]])

# A is symmetric, so use eigvalsh: real eigenvalues, returned in ascending order.
eigenvalues = np.linalg.eigvalsh(A)
print(eigenvalues)
# > [1. 3.]

# The eigenvalues sum to the trace and multiply to the determinant.
print(f"sum = {eigenvalues.sum():.1f}, trace = {np.trace(A):.1f}")
# > sum = 4.0, trace = 4.0
print(f"product = {eigenvalues.prod():.1f}, det = {np.linalg.det(A):.1f}")
# > product = 3.0, det = 3.0

# The general eig promises no order, and for a non-symmetric matrix they may be complex.
R = np.array([[0.0, -1.0], [1.0, 0.0]])  # a 90-degree rotation
print(np.linalg.eigvals(R))
# > [0.+1.j 0.-1.j]
