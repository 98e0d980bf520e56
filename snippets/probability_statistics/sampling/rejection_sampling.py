# --8<-- [start:lesson]
import numpy as np
from scipy import stats

rng = np.random.default_rng(0)
target = stats.beta(2, 5)  # density p(x) = 30 x (1 - x)^4 on [0, 1]
# Its maximum, at the mode 0.2, gives p(x) <= M q(x) for q = Uniform(0, 1).
M = target.pdf(0.2)

x = rng.uniform(size=100_000)  # proposals from q
u = rng.uniform(size=x.size)
accepted = x[u * M <= target.pdf(x)]  # keep x with probability p(x) / (M q(x))

print(
    f"M = {M:.4f}, acceptance rate = {accepted.size / x.size:.4f}, "
    f"1/M = {1 / M:.4f}"
)
# > M = 2.4576, acceptance rate = 0.4081, 1/M = 0.4069
print(f"sample mean = {accepted.mean():.4f} (exact {target.mean():.4f})")
# > sample mean = 0.2861 (exact 0.2857)
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

fig, ax = plt.subplots(figsize=(6, 4))
keep = u[:1500] * M <= target.pdf(x[:1500])
ax.scatter(
    x[:1500][keep],
    (u[:1500] * M)[keep],
    s=6,
    color="tab:green",
    label="accepted",
)
ax.scatter(
    x[:1500][~keep],
    (u[:1500] * M)[~keep],
    s=6,
    color="tab:gray",
    alpha=0.5,
    label="rejected",
)
grid = np.linspace(0, 1, 200)
ax.plot(
    grid, target.pdf(grid), color="black", lw=2, label="target density $p(x)$"
)
ax.axhline(M, color="tab:red", ls="--", label="envelope $M\\,q(x)$")
ax.set(xlabel="$x$", ylabel="height", title="Rejection sampling of Beta(2, 5)")
ax.set_ylim(-0.05, 3.6)  # room for the legend above the envelope
ax.legend(loc="upper right", ncols=2, markerscale=2)
plt.show()
