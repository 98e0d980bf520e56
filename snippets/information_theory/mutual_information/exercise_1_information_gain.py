import numpy as np
from scipy.stats import entropy

# Class counts (positive, negative) in each branch of the split.
left = np.array([4, 1])
right = np.array([1, 4])
parent = left + right
n = parent.sum()

h_parent = entropy(parent, base=2)  # entropy normalises the counts
# H(Y | split): each branch's entropy, weighted by its share of the examples.
h_left, h_right = entropy(left, base=2), entropy(right, base=2)
h_children = left.sum() / n * h_left + right.sum() / n * h_right
print(f"H(Y) = {h_parent:.4f}, H(Y | split) = {h_children:.4f} bits")
# > H(Y) = 1.0000, H(Y | split) = 0.7219 bits
print(f"information gain = {h_parent - h_children:.4f} bits")
# > information gain = 0.2781 bits

# The same number is the mutual information between branch and class.
joint = np.array([left, right]) / n
mi = np.sum(
    joint * np.log2(joint / np.outer(joint.sum(axis=1), joint.sum(axis=0)))
)
print(f"I(branch; class) = {mi:.4f} bits")
# > I(branch; class) = 0.2781 bits
