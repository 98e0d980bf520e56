import numpy as np
from scipy.stats import entropy

# Y is almost always 0, except when the rare X = 1 makes it a coin flip.
joint = np.array([[0.8, 0.0], [0.1, 0.1]])
px = joint.sum(axis=1)
h_rows = np.array([entropy(row / row.sum(), base=2) for row in joint])
print(f"H(Y) = {entropy(joint.sum(axis=0), base=2):.4f} bits")
# > H(Y) = 0.4690 bits
print(f"H(Y | X = 1) = {h_rows[1]:.4f} bits  (more than H(Y))")
# > H(Y | X = 1) = 1.0000 bits  (more than H(Y))
print(f"H(Y | X) = {np.sum(px * h_rows):.4f} bits  (the average is less)")
# > H(Y | X) = 0.2000 bits  (the average is less)
