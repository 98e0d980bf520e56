import numpy as np

# 500 correlated 2-D points.
rng = np.random.default_rng(0)
cov = np.array([[3.0, 1.5], [1.5, 1.0]])
X = rng.multivariate_normal(mean=[0.0, 0.0], cov=cov, size=500)

# PCA: eigenvectors of the sample covariance matrix, largest eigenvalue first.
Xc = X - X.mean(axis=0)
C = Xc.T @ Xc / (len(X) - 1)
eigenvalues, eigenvectors = np.linalg.eigh(C)
order = np.argsort(eigenvalues)[::-1]
eigenvalues, eigenvectors = eigenvalues[order], eigenvectors[:, order]
print(np.round(eigenvalues, 4))
# > [3.6922 0.185 ]
print(
    f"variance explained by the first component: {eigenvalues[0] / eigenvalues.sum():.1%}"
)
# > variance explained by the first component: 95.2%

# Project onto the first principal component: 2-D points become 1-D coordinates.
z = Xc @ eigenvectors[:, 0]
print(z.shape, f"variance of z = {z.var(ddof=1):.4f}")
# > (500,) variance of z = 3.6922

# The SVD of the centred data gives the same directions (up to sign) without forming C.
_, s, Vt = np.linalg.svd(Xc, full_matrices=False)
print(np.round(s**2 / (len(X) - 1), 4))
# > [3.6922 0.185 ]
print(np.allclose(np.abs(Vt[0]), np.abs(eigenvectors[:, 0])))
# > True
