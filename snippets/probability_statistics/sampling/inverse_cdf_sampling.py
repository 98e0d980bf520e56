# --8<-- [start:lesson]
import numpy as np
from scipy import stats

rng = np.random.default_rng(0)
scale = 2.0  # Exponential with mean 2: F(x) = 1 - exp(-x / scale) for x >= 0


def inverse_cdf(u):
    """Solve u = F(x) for x."""
    return -scale * np.log1p(-u)


u = rng.uniform(size=100_000)  # U ~ Uniform(0, 1)
x = inverse_cdf(u)  # X = F^{-1}(U) has CDF F
print(f"sample mean = {x.mean():.3f} (exact {scale})")
# > sample mean = 1.997 (exact 2.0)
for q in [0.5, 0.9, 0.99]:
    print(
        f"{q:.0%} quantile: sample {np.quantile(x, q):.3f}, "
        f"exact {stats.expon.ppf(q, scale=scale):.3f}"
    )
# > 50% quantile: sample 1.382, exact 1.386
# > 90% quantile: sample 4.585, exact 4.605
# > 99% quantile: sample 9.270, exact 9.210
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

fig, ax = plt.subplots(figsize=(6, 4))
grid = np.linspace(0, 10, 300)
ax.plot(grid, 1 - np.exp(-grid / scale), lw=2, label="CDF $F(x)$")
for ui in u[:6]:
    xi = inverse_cdf(ui)
    ax.annotate(
        "",
        xy=(xi, ui),
        xytext=(0, ui),
        arrowprops={"arrowstyle": "->", "color": "tab:orange"},
    )
    ax.annotate(
        "",
        xy=(xi, 0),
        xytext=(xi, ui),
        arrowprops={"arrowstyle": "->", "color": "tab:green"},
    )
ax.plot([], [], color="tab:orange", label="uniform $u$ on the vertical axis")
ax.plot([], [], color="tab:green", label=r"sample $x = F^{-1}(u)$")
ax.set(
    xlim=(0, 10),
    ylim=(0, 1.02),
    xlabel="$x$",
    ylabel="$u = F(x)$",
    title="Inverse-CDF sampling, Exponential with mean 2",
)
ax.legend(loc="lower right")
plt.show()
