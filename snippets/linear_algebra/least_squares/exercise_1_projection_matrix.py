import numpy as np

X = np.array([[0.0, 1.0], [1.0, 1.0], [2.0, 1.0]])
y = np.array([1.0, 0.0, 3.0])
# P = X (X^T X)^{-1} X^T, without forming an explicit inverse.
P = X @ np.linalg.solve(X.T @ X, X.T)

print("symmetric:", np.allclose(P, P.T), " idempotent:", np.allclose(P @ P, P))
# > symmetric: True  idempotent: True
print(f"trace = {np.trace(P):.4f}, rank of X = {np.linalg.matrix_rank(X)}")
# > trace = 2.0000, rank of X = 2

# I - P projects onto the directions orthogonal to the columns: the residual.
r = (np.eye(3) - P) @ y
print("r =", np.round(r, 4), " X^T r = 0:", np.abs(X.T @ r).max() < 1e-12)
# > r = [ 0.6667 -1.3333  0.6667]  X^T r = 0: True
print(
    "(I - P)^2 = I - P:",
    np.allclose((np.eye(3) - P) @ (np.eye(3) - P), np.eye(3) - P),
)
# > (I - P)^2 = I - P: True
