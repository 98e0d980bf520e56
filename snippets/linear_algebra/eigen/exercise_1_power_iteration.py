import numpy as np

A = np.array([[2.0, 1.0], [1.0, 2.0]])
v = np.array([1.0, 0.0])  # has a nonzero component along (1, 1)
for _ in range(50):
    v = A @ v
    # Keep v at unit length, so it neither overflows nor vanishes.
    v = v / np.linalg.norm(v)

# The Rayleigh quotient v^T A v / v^T v estimates the eigenvalue.
print(f"eigenvalue ~ {v @ A @ v / (v @ v):.6f}")
# > eigenvalue ~ 3.000000
print(np.round(v, 6))
# > [0.707107 0.707107]

# A start with no component along (1, 1) never finds it: it stays on (1, -1).
v = np.array([1.0, -1.0]) / np.sqrt(2)
for _ in range(50):
    v = A @ v
    v = v / np.linalg.norm(v)
print(f"from (1, -1): eigenvalue ~ {v @ A @ v / (v @ v):.6f}")
# > from (1, -1): eigenvalue ~ 1.000000
