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

# X^T X for centred data is (n - 1) times the sample covariance matrix.
X = np.array([[2.0, 0.0], [0.0, 1.0], [4.0, 5.0], [2.0, 2.0]])
Xc = X - X.mean(axis=0)
print(Xc.T @ Xc / (len(X) - 1))
# > [[2.66666667 2.66666667]
# >  [2.66666667 4.66666667]]
print(np.allclose(Xc.T @ Xc / (len(X) - 1), np.cov(X, rowvar=False)))
# > True
