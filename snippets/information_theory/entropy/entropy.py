# --8<-- [start:lesson]
import numpy as np
from scipy.stats import entropy

p = np.array([0.6, 0.4])  # P(X = 0), P(X = 1)

# scipy.stats.entropy uses the natural log (nats) unless given base=2 (bits).
print(f"scipy: {entropy(p, base=2):.4f} bits, {entropy(p):.4f} nats")
# > scipy: 0.9710 bits, 0.6730 nats
# The same by hand: H = -sum p log p.
print(f"numpy: {-np.sum(p * np.log2(p)):.4f} bits")
# > numpy: 0.9710 bits
print(f"numpy: {-np.sum(p * np.log(p)):.4f} nats")
# > numpy: 0.6730 nats
# The units differ by a constant factor: 1 bit = ln 2 nats.
print(f"nats / ln 2 = {entropy(p) / np.log(2):.4f} bits")
# > nats / ln 2 = 0.9710 bits

# Extremes: a uniform choice among 4 outcomes, and a certain outcome (H = 0).
print(f"uniform over 4: {entropy([0.25, 0.25, 0.25, 0.25], base=2):.4f} bits")
# > uniform over 4: 2.0000 bits
print(f"certain outcome has H below 1e-12: {entropy([1.0, 0.0]) < 1e-12}")
# > certain outcome has H below 1e-12: True

# Binary entropy H_b(theta) for P(X = 1) = theta; scipy takes 0 log 0 = 0.
theta = np.linspace(0, 1, 201)
hb = entropy([1 - theta, theta], base=2)  # one distribution per column
print(f"max H_b = {hb.max():.4f} bit at theta = {theta[hb.argmax()]:.2f}")
# > max H_b = 1.0000 bit at theta = 0.50
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

fig, ax = plt.subplots(figsize=(6, 4))
ax.plot(theta, hb, label=r"$H_b(\theta)$")
ax.plot([p[1]], [entropy(p, base=2)], "o", label=r"$\theta = 0.4$: 0.971 bits")
ax.axvline(0.5, color="tab:gray", ls=":", lw=1)
ax.set(xlabel=r"$\theta = P(X = 1)$", ylabel="entropy (bits)", ylim=(0, 1.05))
ax.set_title(r"Binary entropy: most uncertain at $\theta = 0.5$")
ax.grid(alpha=0.3)
ax.legend(loc="lower center")
plt.show()
