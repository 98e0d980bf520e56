import numpy as np

# A rank-deficient design: the third column is the sum of the first two.
X = np.array(
    [[1.0, 0.0, 1.0], [0.0, 1.0, 1.0], [1.0, 1.0, 2.0], [1.0, 2.0, 3.0]]
)
y = np.array([1.0, 2.0, 2.0, 4.0])

U, s, Vt = np.linalg.svd(X, full_matrices=False)
keep = s > 1e-10 * s[0]  # the zero singular value comes out as a tiny number
print("rank:", int(keep.sum()))
# > rank: 2

# X^+ = V S^+ U^T: invert the nonzero singular values, drop the rest.
X_pinv = Vt[keep].T @ np.diag(1 / s[keep]) @ U[:, keep].T
print("matches np.linalg.pinv:", np.allclose(X_pinv, np.linalg.pinv(X)))
# > matches np.linalg.pinv: True

w = X_pinv @ y
w_lstsq, *_ = np.linalg.lstsq(X, y)
print("w =", np.round(w, 4), " same as lstsq:", np.allclose(w, w_lstsq))
# > w = [-0.1111  0.8889  0.7778]  same as lstsq: True
# Adding a null-space vector (X z = 0) keeps the fit and increases the norm.
z = np.array([1.0, 1.0, -1.0])
print("X z = 0:", np.allclose(X @ z, 0.0))
# > X z = 0: True
print(f"norms: {np.linalg.norm(w):.4f} < {np.linalg.norm(w + 0.5 * z):.4f}")
# > norms: 1.1863 < 1.4688
