import matplotlib.pyplot as plt
import numpy as np
from scipy.stats import entropy

p = np.array([0.6, 0.4])  # P(X = 0), P(X = 1)

# scipy.stats.entropy uses the natural log (nats) unless you pass base=2 (bits).
print(f"scipy: {entropy(p, base=2):.4f} bits, {entropy(p):.4f} nats")
# > scipy: 0.9710 bits, 0.6730 nats

# The same by hand: H = -sum p log p.
print(f"numpy: {-np.sum(p * np.log2(p)):.4f} bits, {-np.sum(p * np.log(p)):.4f} nats")
# > numpy: 0.9710 bits, 0.6730 nats

# The units differ by a constant factor: 1 bit = ln 2 nats.
print(f"nats / ln 2 = {entropy(p) / np.log(2):.4f} bits")
# > nats / ln 2 = 0.9710 bits

# Extremes: a uniform choice among 4 outcomes, and a certain outcome.
print(f"uniform over 4: {entropy([0.25, 0.25, 0.25, 0.25], base=2):.4f} bits")
# > uniform over 4: 2.0000 bits
print(f"certain:        {entropy([1.0, 0.0], base=2):.4f} bits")
# > certain:        0.0000 bits

# Binary entropy H(p) = -p log2 p - (1 - p) log2 (1 - p); scipy treats 0 log 0 as 0.
grid = np.linspace(0, 1, 201)
h = entropy([grid, 1 - grid], base=2)  # one distribution per column
print(f"max H = {h.max():.4f} bit at p = {grid[h.argmax()]:.2f}")
# > max H = 1.0000 bit at p = 0.50

fig, ax = plt.subplots(figsize=(6, 4))
ax.plot(grid, h, label="$H(p)$")
ax.plot([p[1]], [entropy(p, base=2)], "o", label="our $X$: $p = 0.4$, 0.971 bits")
ax.axvline(0.5, color="tab:gray", ls=":", lw=1)
ax.set(xlabel="$p = P(X = 1)$", ylabel="entropy (bits)", ylim=(0, 1.05))
ax.set_title("Binary entropy: most uncertain at $p = 0.5$")
ax.grid(alpha=0.3)
ax.legend(loc="lower center")
plt.show()
