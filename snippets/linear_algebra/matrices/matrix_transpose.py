import numpy as np

A = np.array([[1, 2, 3], [4, 5, 6]])
print(A.T)
# > [[1 4]
# >  [2 5]
# >  [3 6]]
print(A.shape, A.T.shape)
# > (2, 3) (3, 2)

# The transpose of a product reverses the order: (AB)^T = B^T A^T.
B = np.array([[1, 0], [2, 1], [0, 3]])
print(np.array_equal((A @ B).T, B.T @ A.T))
# > True

# The transpose moves a matrix to the other side of a dot product.
x = np.array([1, -1, 2])
y = np.array([3, 1])
print((A @ x) @ y, x @ (A.T @ y))
# > 26 26

# X^T X is symmetric: entry (j, k) is the dot product of columns j and k of X.
X = np.array([[2.0, 0.0], [0.0, 1.0], [4.0, 5.0], [2.0, 2.0]])
gram = X.T @ X
print(gram)
# > [[24. 24.]
# >  [24. 30.]]
print(np.array_equal(gram, gram.T), gram[0, 1] == X[:, 0] @ X[:, 1])
# > True True
