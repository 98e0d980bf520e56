# --8<-- [start:lesson]
import numpy as np

x = np.array([3.0, -4.0, 1.0])
print(f"L1   = {np.sum(np.abs(x)):.4f}")  # sum of absolute values
# > L1   = 8.0000
print(f"L2   = {np.sqrt(x @ x):.4f}")  # square root of the dot product x . x
# > L2   = 5.0990
print(f"Linf = {np.max(np.abs(x)):.4f}")  # the largest absolute entry
# > Linf = 4.0000
norms = [np.linalg.norm(x, 1), np.linalg.norm(x), np.linalg.norm(x, np.inf)]
print(np.round(norms, 4))  # the same three with numpy
# > [8.    5.099 4.   ]

# Scaling a vector by c scales every norm by |c|.
print(f"{np.linalg.norm(-2 * x) / np.linalg.norm(x):.1f}")
# > 2.0

# The Frobenius norm of a table of numbers: the L2 norm of all its entries.
A = np.array([[1.0, 2.0], [3.0, 4.0]])
print(f"{np.linalg.norm(A, 'fro'):.4f} {np.sqrt(np.sum(A**2)):.4f}")
# > 5.4772 5.4772

# Sparsity: minimise (w - a)^2 / 2 + 0.5 * penalty(w) over a fine grid of w.
grid = np.arange(-3000, 3001) / 1000  # contains w = 0 exactly
for a in [0.3, 1.0, 2.0]:
    fit = (grid - a) ** 2 / 2
    w_l1 = grid[np.argmin(fit + 0.5 * np.abs(grid))]
    w_l2 = grid[np.argmin(fit + 0.5 * grid**2)]
    l1 = "exactly 0" if w_l1 == 0 else f"{w_l1:.3f}"
    print(f"a = {a}: L1 penalty -> w = {l1}, squared L2 -> w = {w_l2:.3f}")
# > a = 0.3: L1 penalty -> w = exactly 0, squared L2 -> w = 0.150
# > a = 1.0: L1 penalty -> w = 0.500, squared L2 -> w = 0.500
# > a = 2.0: L1 penalty -> w = 1.500, squared L2 -> w = 1.000
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

angle = np.linspace(0, 2 * np.pi, 721)
directions = np.stack([np.cos(angle), np.sin(angle)])
fig, ax = plt.subplots(figsize=(6, 4))
for order, label, color in [
    (1, r"$\|x\|_1 = 1$", "tab:red"),
    (2, r"$\|x\|_2 = 1$", "tab:blue"),
    (np.inf, r"$\|x\|_\infty = 1$", "tab:green"),
]:
    boundary = directions / np.linalg.norm(directions, order, axis=0)
    ax.plot(boundary[0], boundary[1], color=color, lw=2, label=label)
ax.plot([1, 0, -1, 0], [0, 1, 0, -1], "o", color="tab:red")  # the L1 corners
ax.set(
    xlim=(-1.6, 1.6),
    ylim=(-1.3, 1.3),
    aspect="equal",
    xlabel="$x_1$",
    ylabel="$x_2$",
    title="Unit balls of three norms",
)
ax.axhline(0, color="gray", lw=0.8)
ax.axvline(0, color="gray", lw=0.8)
ax.legend(loc="upper left", bbox_to_anchor=(1.02, 1))
plt.show()
