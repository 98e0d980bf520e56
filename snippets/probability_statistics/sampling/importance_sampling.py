# --8<-- [start:lesson]
import numpy as np
from scipy import stats

rng = np.random.default_rng(0)
n = 100_000
exact = stats.norm.sf(4.0)  # P(X > 4) for X ~ N(0, 1)
print(f"exact P(X > 4) = {exact:.4e}")
# > exact P(X > 4) = 3.1671e-05

# Plain Monte Carlo: the fraction of draws above 4 (only a handful land there).
x = rng.normal(size=n)
hits = x > 4.0
print(
    f"plain MC:   {hits.mean():.4e} +- {hits.std(ddof=1) / np.sqrt(n):.1e} "
    f"({hits.sum()} draws above 4)"
)
# > plain MC:   3.0000e-05 +- 1.7e-05 (3 draws above 4)

# Importance sampling: draw from q = N(4, 1), reweight by w = p(z) / q(z).
z = rng.normal(loc=4.0, size=n)
w = stats.norm.pdf(z) / stats.norm.pdf(z, loc=4.0)
terms = (z > 4.0) * w
print(
    f"importance: {terms.mean():.4e} +- {terms.std(ddof=1) / np.sqrt(n):.1e}"
)
# > importance: 3.1825e-05 +- 2.1e-07
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

grid = np.linspace(-4, 8, 400)
fig, ax = plt.subplots(figsize=(6, 4))
ax.plot(
    grid, stats.norm.pdf(grid), lw=2, label="target $p = \\mathcal{N}(0, 1)$"
)
ax.plot(
    grid,
    stats.norm.pdf(grid, loc=4.0),
    lw=2,
    label="proposal $q = \\mathcal{N}(4, 1)$",
)
ax.plot(
    grid,
    np.where(
        grid > 4, stats.norm.pdf(grid) / stats.norm.pdf(grid, loc=4.0), np.nan
    ),
    color="tab:green",
    label="weight $p/q$ where $x > 4$",
)
ax.axvspan(4, 8, color="gray", alpha=0.2, label="region $x > 4$")
ax.set(
    yscale="log",
    ylim=(1e-8, 2),
    xlabel="$x$",
    ylabel="density or weight",
    title="Importance sampling of a tail probability",
)
ax.legend(loc="lower left")
plt.show()
