import numpy as np
from scipy.stats import entropy

# Joint table p(x, y): rows are x = 0, 1 and columns are y = 0, 1.
joint = np.array([[0.3, 0.1], [0.2, 0.4]])
px = joint.sum(axis=1)  # marginal of X: sum over y
py = joint.sum(axis=0)  # marginal of Y: sum over x
print(f"p(x) = {px}, p(y) = {py}")
# > p(x) = [0.4 0.6], p(y) = [0.5 0.5]

# The definition: I(X;Y) = sum p(x,y) log2 [p(x,y) / (p(x) p(y))].
mi = np.sum(joint * np.log2(joint / np.outer(px, py)))
print(f"I(X;Y) from the definition:     {mi:.4f} bits")
# > I(X;Y) from the definition:     0.1245 bits

# The same through entropies: I = H(X) + H(Y) - H(X,Y).
h_x = entropy(px, base=2)
h_y = entropy(py, base=2)
h_xy = entropy(joint.ravel(), base=2)  # entropy of the four cells
print(f"H(X) = {h_x:.4f}, H(Y) = {h_y:.4f}, H(X,Y) = {h_xy:.4f} bits")
# > H(X) = 0.9710, H(Y) = 1.0000, H(X,Y) = 1.8464 bits
print(f"I(X;Y) = H(X) + H(Y) - H(X,Y) = {h_x + h_y - h_xy:.4f} bits")
# > I(X;Y) = H(X) + H(Y) - H(X,Y) = 0.1245 bits

# Independent variables: the joint is the outer product of the marginals, and I = 0.
indep = np.outer(px, py)
mi_indep = np.sum(
    indep * np.log2(indep / np.outer(indep.sum(axis=1), indep.sum(axis=0)))
)
print(f"independent table {indep.ravel()}: I = {mi_indep:.4f} bits")
# > independent table [0.2 0.2 0.3 0.3]: I = 0.0000 bits
