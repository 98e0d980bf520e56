import matplotlib.pyplot as plt
import numpy as np
from scipy.special import rel_entr
from scipy.stats import entropy

P = np.array([0.3, 0.7])
Q = np.array([0.5, 0.5])

# With two arguments scipy.stats.entropy is the KL divergence (nats by default).
print(f"D(P||Q) = {entropy(P, Q):.4f} nats = {entropy(P, Q, base=2):.4f} bits")
# > D(P||Q) = 0.0823 nats = 0.1187 bits
print(f"by hand:  {np.sum(P * np.log(P / Q)):.4f} nats")
# > by hand:  0.0823 nats

# rel_entr gives the terms p log(p/q) one by one; their sum is the divergence.
print(f"terms {np.round(rel_entr(P, Q), 4)}, sum {rel_entr(P, Q).sum():.4f} nats")
# > terms [-0.1532  0.2355], sum 0.0823 nats

# Swap the arguments and the answer changes: KL is not symmetric.
print(f"D(Q||P) = {entropy(Q, P):.4f} nats")
# > D(Q||P) = 0.0872 nats

# Gibbs' inequality: D >= 0 for every pair, with 0 only when P = Q.
rng = np.random.default_rng(0)
Ps = rng.dirichlet(np.ones(5), size=1000)  # 1000 random distributions on 5 outcomes
Qs = rng.dirichlet(np.ones(5), size=1000)
print(f"smallest of 1000 random D(P||Q): {entropy(Ps, Qs, axis=1).min():.4f} nats")
# > smallest of 1000 random D(P||Q): 0.0356 nats
print(f"D(P||P) = {entropy(P, P):.4f} nats")
# > D(P||P) = 0.0000 nats

# Fix P = Bernoulli(0.3) and move Q = Bernoulli(q) across (0, 1).
q = np.linspace(0.001, 0.999, 199)
forward = rel_entr(0.3, q) + rel_entr(0.7, 1 - q)  # D(P||Q)
reverse = rel_entr(q, 0.3) + rel_entr(1 - q, 0.7)  # D(Q||P)

fig, ax = plt.subplots(figsize=(6, 4))
ax.plot(q, forward, label=r"$D_{KL}(P \,\|\, Q)$")
ax.plot(q, reverse, ls="--", label=r"$D_{KL}(Q \,\|\, P)$")
ax.axvline(0.3, color="tab:gray", ls=":", lw=1)
ax.set(xlabel="$q = Q(X = 1)$", ylabel="divergence (nats)", ylim=(0, 2.5))
ax.set_title("P = Bernoulli(0.3) fixed: the two directions differ")
ax.grid(alpha=0.3)
ax.legend()
plt.show()
