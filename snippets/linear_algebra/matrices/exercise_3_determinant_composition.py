import numpy as np

t = np.radians(30)
R = np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]])  # rotation
D = np.diag([2.0, 3.0])  # stretch x1 by 2, x2 by 3
F = np.array([[1.0, 0.0], [0.0, -1.0]])  # reflection across the x1 axis

for name, M in [("R", R), ("D", D), ("F", F)]:
    print(name, f"{np.linalg.det(M):.4f}")
# > R 1.0000
# > D 6.0000
# > F -1.0000

M = F @ D @ R  # rotate, then stretch, then reflect
print(f"det M = {np.linalg.det(M):.4f}")
# > det M = -6.0000

# The image of the unit square has area |det M| = 6.
corners = M @ np.array([[0.0, 1.0, 1.0, 0.0], [0.0, 0.0, 1.0, 1.0]])
px, py = corners
print(f"area = {0.5 * abs(px @ np.roll(py, -1) - py @ np.roll(px, -1)):.4f}")
# > area = 6.0000
