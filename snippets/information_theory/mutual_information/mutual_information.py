# --8<-- [start:lesson]
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
print(f"I(X;Y) from the definition: {mi:.4f} bits")
# > I(X;Y) from the definition: 0.1245 bits

# The same through entropies.
h_x, h_y = entropy(px, base=2), entropy(py, base=2)
h_xy = entropy(joint.ravel(), base=2)  # entropy of the four cells
print(f"H(X) = {h_x:.4f}, H(Y) = {h_y:.4f}, H(X,Y) = {h_xy:.4f} bits")
# > H(X) = 0.9710, H(Y) = 1.0000, H(X,Y) = 1.8464 bits
print(f"H(X) + H(Y) - H(X,Y) = {h_x + h_y - h_xy:.4f} bits")
# > H(X) + H(Y) - H(X,Y) = 0.1245 bits
h_x_given_y, h_y_given_x = h_xy - h_y, h_xy - h_x  # chain rule
print(f"H(X|Y) = {h_x_given_y:.4f}, H(Y|X) = {h_y_given_x:.4f} bits")
# > H(X|Y) = 0.8464, H(Y|X) = 0.8755 bits

# Independent variables: the joint is the outer product of the marginals.
indep = np.outer(px, py)
mi_indep = np.sum(indep * np.log2(indep / np.outer(px, py)))
print(f"independent table: |I| < 1e-12: {abs(mi_indep) < 1e-12}")
# > independent table: |I| < 1e-12: True
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson
from matplotlib.patches import Circle

fig, ax = plt.subplots(figsize=(6, 4))
for cx, color in [(-0.6, "tab:blue"), (0.6, "tab:orange")]:
    ax.add_patch(Circle((cx, 0), 1.2, color=color, alpha=0.3, lw=2))
    ax.add_patch(Circle((cx, 0), 1.2, fill=False, ec=color, lw=2))
ax.text(-0.6, 1.35, f"$H(X)$ = {h_x:.3f}", ha="center", fontsize=12)
ax.text(0.6, -1.5, f"$H(Y)$ = {h_y:.3f}", ha="center", fontsize=12)
ax.text(
    -1.2,
    0,
    f"$H(X|Y)$\n{h_x_given_y:.3f}",
    ha="center",
    va="center",
    fontsize=12,
)
ax.text(0, 0, f"$I(X;Y)$\n{mi:.3f}", ha="center", va="center", fontsize=12)
ax.text(
    1.2,
    0,
    f"$H(Y|X)$\n{h_y_given_x:.3f}",
    ha="center",
    va="center",
    fontsize=12,
)
ax.set_title("Entropies in bits (areas not to scale); union = $H(X,Y)$")
ax.set(xlim=(-2.2, 2.2), ylim=(-1.75, 1.6), aspect="equal")
ax.axis("off")
plt.show()
