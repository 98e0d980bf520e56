import numpy as np

u = np.array([1, 2, 3])
v = np.array([4, 5, 6])
print(np.dot(u, v))
# > 32
print(u @ v)  # the same thing, written as an operator
# > 32
print(np.sum(u * v))  # the definition: multiply element-wise, then add
# > 32

# The geometric reading: u . v = |u| |v| cos(theta).
cos_theta = u @ v / (np.linalg.norm(u) * np.linalg.norm(v))
print(
    f"cos(theta) = {cos_theta:.4f}, theta = {np.degrees(np.arccos(cos_theta)):.2f} degrees"
)
# > cos(theta) = 0.9746, theta = 12.93 degrees

# Perpendicular vectors have dot product zero.
print(np.array([1, 0]) @ np.array([0, 3]))
# > 0
