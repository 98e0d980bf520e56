import numpy as np

x = np.array([1.0, -2.0, 2.0])
l1, l2, linf = (
    np.linalg.norm(x, 1),
    np.linalg.norm(x),
    np.linalg.norm(x, np.inf),
)
print(f"L1 = {l1:.4f}, L2 = {l2:.4f}, Linf = {linf:.4f}")
# > L1 = 5.0000, L2 = 3.0000, Linf = 2.0000

# Check Linf <= L2 <= L1 <= sqrt(d) L2 on many random vectors.
rng = np.random.default_rng(0)
d = 10
X = rng.normal(size=(10_000, d))
l1 = np.linalg.norm(X, 1, axis=1)
l2 = np.linalg.norm(X, axis=1)
linf = np.linalg.norm(X, np.inf, axis=1)
print(np.all(linf <= l2), np.all(l2 <= l1), np.all(l1 <= np.sqrt(d) * l2))
# > True True True

# Equality cases: a coordinate vector has all three norms equal to 1 ...
e1 = np.eye(d)[0]
print(np.linalg.norm(e1, 1), np.linalg.norm(e1), np.linalg.norm(e1, np.inf))
# > 1.0 1.0 1.0
# ... and the all-ones vector reaches L1 = sqrt(d) L2.
ones = np.ones(d)
print(np.isclose(np.linalg.norm(ones, 1), np.sqrt(d) * np.linalg.norm(ones)))
# > True
