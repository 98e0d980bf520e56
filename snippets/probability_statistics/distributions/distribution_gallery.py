# --8<-- [start:lesson]
import numpy as np
from scipy import stats

rng = np.random.default_rng(0)
# Each entry: a scipy distribution and its (mean, variance) from the formulas.
gallery = {
    "Uniform(0, 2)": (stats.uniform(loc=0, scale=2), (1.0, 2**2 / 12)),
    "Exp(mean 2)": (stats.expon(scale=2), (2.0, 2.0**2)),
    "Poisson(mean 3)": (stats.poisson(3), (3.0, 3.0)),
    "Beta(2, 5)": (stats.beta(2, 5), (2 / 7, 2 * 5 / (7**2 * 8))),
    "Laplace(1, 1)": (stats.laplace(loc=1, scale=1), (1.0, 2 * 1**2)),
}
print("distribution    formula: mean    var | 100000 samples: mean    var")
# > distribution    formula: mean    var | 100000 samples: mean    var
for name, (dist, (mean, var)) in gallery.items():
    # scipy's own mean and variance agree with the formulas
    assert np.isclose(dist.mean(), mean) and np.isclose(dist.var(), var)
    x = dist.rvs(size=100_000, random_state=rng)
    print(
        f"{name:15s} {mean:13.4f} {var:6.4f} |"
        f" {x.mean():20.4f} {x.var(ddof=1):6.4f}"
    )
# > Uniform(0, 2)          1.0000 0.3333 |               0.9991 0.3328
# > Exp(mean 2)            2.0000 4.0000 |               1.9976 4.0012
# > Poisson(mean 3)        3.0000 3.0000 |               3.0039 3.0212
# > Beta(2, 5)             0.2857 0.0255 |               0.2862 0.0256
# > Laplace(1, 1)          1.0000 2.0000 |               1.0053 1.9938

# Heavy tails: Laplace(0, 1) and N(0, 2) have the same variance, 2.
p_laplace = 2 * stats.laplace.sf(4)
p_normal = 2 * stats.norm.sf(4, scale=np.sqrt(2))
print(f"P(|X| > 4): Laplace {p_laplace:.4f}, normal {p_normal:.4f}")
# > P(|X| > 4): Laplace 0.0183, normal 0.0047
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

fig = plt.figure(figsize=(7, 8))
axes = fig.subplot_mosaic([["u", "e"], ["p", "b"], ["l", "l"]])
x = np.linspace(-0.5, 2.5, 400)
axes["u"].plot(x, stats.uniform(0, 2).pdf(x))
axes["u"].set(title="Uniform(0, 2)", ylim=(0, 0.7))
x = np.linspace(0, 10, 400)
for mean in [0.5, 2.0]:
    axes["e"].plot(x, stats.expon(scale=mean).pdf(x), label=f"mean {mean}")
axes["e"].set(title="Exponential")
axes["e"].legend()
k = np.arange(0, 13)
axes["p"].bar(k, stats.poisson(3).pmf(k))
axes["p"].set(title="Poisson, mean 3 (pmf)", xticks=k[::2])
x = np.linspace(0, 1, 400)
for a, b in [(1, 1), (2, 5), (0.5, 0.5)]:
    axes["b"].plot(
        x[1:-1], stats.beta(a, b).pdf(x[1:-1]), label=f"Beta({a}, {b})"
    )
axes["b"].set(title="Beta", ylim=(0, 4.5))
axes["b"].legend(loc="upper center")
x = np.linspace(-6, 6, 401)  # includes the Laplace peak at 0
axes["l"].plot(x, stats.laplace.pdf(x), label="Laplace(0, 1)")
axes["l"].plot(x, stats.norm.pdf(x, scale=np.sqrt(2)), "--", label="N(0, 2)")
axes["l"].set(title="Laplace vs normal, same variance 2", xlabel="x")
axes["l"].legend()
fig.tight_layout()
plt.show()
