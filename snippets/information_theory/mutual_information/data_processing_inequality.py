# --8<-- [start:lesson]
import numpy as np


def mutual_information(joint):
    """I(X;Y) in bits from a joint probability table (rows x, columns y)."""
    px, py = joint.sum(axis=1), joint.sum(axis=0)
    nz = joint > 0
    return np.sum(joint[nz] * np.log2(joint[nz] / np.outer(px, py)[nz]))


# A noisy channel: copy the bit, but flip it with probability 0.1.
flip = np.array([[0.9, 0.1], [0.1, 0.9]])  # row = input, column = output
px = np.array([0.5, 0.5])

# X -> Y -> Z: each stage sees only the previous one's output (a Markov chain).
joint_xy = np.diag(px) @ flip  # p(x, y) = p(x) p(y | x)
joint_xz = joint_xy @ flip  # p(x, z) = sum_y p(x, y) p(z | y)
print(f"I(X;Y) = {mutual_information(joint_xy):.4f} bits")
# > I(X;Y) = 0.5310 bits
print(f"I(X;Z) = {mutual_information(joint_xz):.4f} bits  (smaller: DPI)")
# > I(X;Z) = 0.3199 bits  (smaller: DPI)

# Processing that loses nothing keeps I: relabelling z = 1 - y is reversible.
swap = np.array([[0.0, 1.0], [1.0, 0.0]])
print(
    f"I(X; 1 - Y) = {mutual_information(joint_xy @ swap):.4f} bits  (equality)"
)
# > I(X; 1 - Y) = 0.5310 bits  (equality)
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

stages = np.arange(0, 11)
mis, joint = [], np.diag(px)
for _ in stages:
    mis.append(mutual_information(joint))
    joint = joint @ flip
fig, ax = plt.subplots(figsize=(6, 4))
ax.plot(stages, mis, "o-")
ax.set(xlabel="number of noisy stages after $X$", ylabel="$I(X; Z_k)$ (bits)")
ax.set(ylim=(0, 1.05))
ax.set_title("Each stage of processing can only lose information")
ax.grid(alpha=0.3)
plt.show()
