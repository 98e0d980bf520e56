# --8<-- [start:lesson]
import numpy as np
from scipy.special import rel_entr
from scipy.stats import entropy

p = np.array([0.3, 0.7])
q = np.array([0.5, 0.5])

# With two arguments, scipy.stats.entropy is the KL divergence, in nats
# (in bits with base=2).
print(f"D(p||q) = {entropy(p, q):.4f} nats = {entropy(p, q, base=2):.4f} bits")
# > D(p||q) = 0.0823 nats = 0.1187 bits
print(f"by hand:  {np.sum(p * np.log(p / q)):.4f} nats")
# > by hand:  0.0823 nats

# rel_entr gives the terms p log(p/q) one by one; their sum is the divergence.
print(
    f"terms {np.round(rel_entr(p, q), 4)}, sum {rel_entr(p, q).sum():.4f} nats"
)
# > terms [-0.1532  0.2355], sum 0.0823 nats

# Swap the arguments and the answer changes: KL is not symmetric.
print(f"D(q||p) = {entropy(q, p):.4f} nats")
# > D(q||p) = 0.0872 nats

# Gibbs' inequality: D >= 0 for every pair. rng.dirichlet(np.ones(5)) draws a
# probability vector uniformly at random among all distributions on 5 outcomes.
rng = np.random.default_rng(0)
# 1000 random distributions, one per row:
ps = rng.dirichlet(np.ones(5), size=1000)
qs = rng.dirichlet(np.ones(5), size=1000)
print(
    f"smallest of 1000 random D(p||q): "
    f"{entropy(ps, qs, axis=1).min():.4f} nats"
)
# > smallest of 1000 random D(p||q): 0.0356 nats
print(f"D(p||p) below 1e-12: {entropy(p, p) < 1e-12}")
# > D(p||p) below 1e-12: True
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

# Fix p = Bernoulli(0.3) and move q = Bernoulli(t) across (0, 1).
t = np.linspace(0.001, 0.999, 199)
forward = rel_entr(0.3, t) + rel_entr(0.7, 1 - t)  # D(p||q)
reverse = rel_entr(t, 0.3) + rel_entr(1 - t, 0.7)  # D(q||p)

fig, ax = plt.subplots(figsize=(6, 4))
ax.plot(t, forward, label=r"$D_{KL}(p \,\|\, q)$")
ax.plot(t, reverse, ls="--", label=r"$D_{KL}(q \,\|\, p)$")
ax.axvline(0.3, color="tab:gray", ls=":", lw=1)
ax.set(
    xlabel="$q(1)$, with $p(1) = 0.3$ fixed",
    ylabel="divergence (nats)",
    ylim=(0, 2.5),
)
ax.set_title("The two directions of KL differ")
ax.grid(alpha=0.3)
ax.legend()
plt.show()
