import numpy as np

# Unit eigenvectors of D = diag(2, 1) in eigh's order: e2 (for 1), e1 (for 2).
D = np.array([[2.0, 0.0], [0.0, 1.0]])
V = np.array([[0.0, 1.0], [1.0, 0.0]])
print("D V = V diag(1, 2):", np.allclose(D @ V, V * [1.0, 2.0]))
# > D V = V diag(1, 2): True

# A common sign fix: make the first entry of every column positive.
# The first entry of e2 is 0, and sign(0) = 0 wipes the column out.
print(V * np.sign(V[0]))
# > [[0. 1.]
# >  [0. 0.]]

# Use the largest-magnitude entry instead: it is never 0 for a nonzero vector.
rows = np.argmax(np.abs(V), axis=0)
print(V * np.sign(V[rows, np.arange(2)]))
# > [[0. 1.]
# >  [1. 0.]]

# Comparing up to sign: abs() is not the test, u = v or u = -v is.
u, v = np.array([1.0, -1.0]) / np.sqrt(2), np.array([1.0, 1.0]) / np.sqrt(2)
print("abs test says equal:", np.allclose(np.abs(u), np.abs(v)))
# > abs test says equal: True
print("u = +-v:", np.allclose(u, v) or np.allclose(u, -v))
# > u = +-v: False
