import numpy as np
from scipy.stats import entropy

# Joint table p(x, y): rows are x = 0, 1 and columns are y = 0, 1.
joint = np.array([[0.3, 0.1], [0.2, 0.4]])
px = joint.sum(axis=1)  # marginal of X
print(f"p(x) = {px}")
# > p(x) = [0.4 0.6]

# Joint entropy: the entropy of the four cells as one distribution.
h_xy = entropy(joint.ravel(), base=2)
print(f"H(X,Y) = {h_xy:.4f} bits")
# > H(X,Y) = 1.8464 bits

# Conditional entropy, by definition: the entropy of each row p(y | x),
# weighted by how often that row occurs.
h_rows = np.array([entropy(row / row.sum(), base=2) for row in joint])
h_y_given_x = np.sum(px * h_rows)
print(f"H(Y | X = x) = {np.round(h_rows, 4)}, H(Y|X) = {h_y_given_x:.4f} bits")
# > H(Y | X = x) = [0.8113 0.9183], H(Y|X) = 0.8755 bits

# The chain rule: H(X,Y) = H(X) + H(Y|X).
h_x = entropy(px, base=2)
print(
    f"H(X) + H(Y|X) = {h_x:.4f} + {h_y_given_x:.4f} = {h_x + h_y_given_x:.4f}"
)
# > H(X) + H(Y|X) = 0.9710 + 0.8755 = 1.8464

# Conditioning lowers entropy on average: H(Y|X) <= H(Y).
print(f"H(Y) = {entropy(joint.sum(axis=0), base=2):.4f} bits")
# > H(Y) = 1.0000 bits
