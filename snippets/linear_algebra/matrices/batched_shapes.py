import numpy as np

rng = np.random.default_rng(0)
n, d_in, d_out = 4, 3, 2
X = rng.normal(size=(n, d_in))  # one example per row
W = rng.normal(size=(d_in, d_out))
b = rng.normal(size=d_out)

# The whole batch at once: Z = X W + 1 b^T; broadcasting adds b to every row.
Z = X @ W + b
print(Z.shape)
# > (4, 2)
print(np.allclose(Z, X @ W + np.ones((n, 1)) @ b[None, :]))
# > True

# Row i of Z is the layer applied to example i alone: z = W^T x + b.
print(np.allclose(Z[2], W.T @ X[2] + b))
# > True

# The same product written with einsum: repeated index d is summed over.
print(np.allclose(np.einsum("nd,de->ne", X, W) + b, Z))
# > True

# Sequences: (batch, tokens, d_in) @ (d_in, d_out) acts on the last axis.
S = rng.normal(size=(8, 5, d_in))
print((S @ W).shape, np.einsum("btd,de->bte", S, W).shape)
# > (8, 5, 2) (8, 5, 2)

# Attention-style scores: one matrix of dot products per batch element.
Q = rng.normal(size=(8, 5, 16))
K = rng.normal(size=(8, 7, 16))
scores = np.einsum("bqd,bkd->bqk", Q, K)
print(scores.shape, np.allclose(scores, Q @ K.transpose(0, 2, 1)))
# > (8, 5, 7) True
