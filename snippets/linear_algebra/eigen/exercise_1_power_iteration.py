import numpy as np

A = np.array([[2.0, 1.0], [1.0, 2.0]])
v = np.array([1.0, 0.0])
for _ in range(50):
    v = A @ v
    v = v / np.linalg.norm(
        v
    )  # keep it unit length so it neither overflows nor vanishes

# The Rayleigh quotient v^T A v estimates the eigenvalue of the direction found.
print(f"eigenvalue ~ {v @ A @ v:.6f}")
# > eigenvalue ~ 3.000000
print(np.round(v, 6))
# > [0.707107 0.707107]
