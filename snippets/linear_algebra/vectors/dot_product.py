import numpy as np

u = np.array([1.0, 2.0, 3.0])
v = np.array([4.0, 5.0, 6.0])
print(u @ v)  # the dot product
# > 32.0
print(np.sum(u * v))  # the definition: multiply entry by entry, then add
# > 32.0

# The dot product of a vector with itself is its squared length.
length_u = np.sqrt(u @ u)
print(f"|u| = {length_u:.4f}")
# > |u| = 3.7417

# The geometric reading: u . v = |u| |v| cos(theta).
cos_theta = u @ v / (np.sqrt(u @ u) * np.sqrt(v @ v))
theta = np.degrees(np.arccos(cos_theta))
print(f"cos(theta) = {cos_theta:.4f}, theta = {theta:.2f} degrees")
# > cos(theta) = 0.9746, theta = 12.93 degrees

# Perpendicular vectors: the products cancel.
print(np.array([1.0, 2.0]) @ np.array([-2.0, 1.0]) == 0)
# > True
