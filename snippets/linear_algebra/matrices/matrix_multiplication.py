import numpy as np

A = np.array([[1, 2], [3, 4]])
B = np.array([[5, 6], [7, 8]])
print(A @ B)
# > [[19 22]
# >  [43 50]]

# Entry (i, j) is the dot product of row i of A with column j of B.
print(A[0] @ B[:, 1])
# > 22

# Order matters: B @ A is a different matrix.
print(B @ A)
# > [[23 34]
# >  [31 46]]

# Shapes: (2, 3) @ (3, 4) -> (2, 4); the inner sizes must agree.
X = np.ones((2, 3))
W = np.ones((3, 4))
print((X @ W).shape)
# > (2, 4)

# `*` is NOT matrix multiplication: it multiplies entry by entry.
print(A * B)
# > [[ 5 12]
# >  [21 32]]
