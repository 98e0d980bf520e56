import numpy as np

rng = np.random.default_rng(0)
n, d_in, d_out = 6, 3, 2
X = rng.normal(size=(n, d_in))  # a batch: one example per row
W = rng.normal(size=(d_in, d_out))
b = rng.normal(size=d_out)

# Forward pass of a dense layer on the whole batch, two ways.
Z = X @ W + b
print(Z.shape, np.allclose(Z, np.einsum("nd,de->ne", X, W) + b))
# > (6, 2) True

# The map x -> W^T x has rank 2 from R^3: a one-dimensional null space.
print(np.linalg.matrix_rank(W.T))
# > 2
v = np.cross(W[:, 0], W[:, 1])  # orthogonal to both columns of W, so W^T v = 0
print(np.allclose(W.T @ v, 0))
# > True

# Inputs that differ by a multiple of v give the same output: the layer cannot
# tell them apart, and no function of Z can recover X.
X_shifted = X + 5.0 * v
print(np.allclose(X_shifted @ W + b, Z))
# > True

# A square layer with det W2 != 0 loses nothing: solve for the inputs.
W2 = rng.normal(size=(d_in, d_in))
b2 = rng.normal(size=d_in)
Z2 = X @ W2 + b2
print(f"det W2 = {np.linalg.det(W2):.4f}, rank = {np.linalg.matrix_rank(W2)}")
# > det W2 = 0.1090, rank = 3
# X W2 = Z2 - 1 b2^T; transposed, W2^T X^T = (Z2 - 1 b2^T)^T: a linear system.
X_back = np.linalg.solve(W2.T, (Z2 - b2).T).T
print(np.allclose(X_back, X))
# > True
