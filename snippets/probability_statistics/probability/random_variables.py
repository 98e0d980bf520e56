# --8<-- [start:lesson]
from fractions import Fraction

import numpy as np
from scipy import integrate

# Discrete: X = sum of two fair dice; count the 36 equally likely outcomes.
first, second = np.meshgrid(np.arange(1, 7), np.arange(1, 7), indexing="ij")
values, counts = np.unique(first + second, return_counts=True)
pmf = {
    int(x): Fraction(int(c), 36) for x, c in zip(values, counts, strict=True)
}
print("p(7) =", pmf[7], " sum of the pmf =", sum(pmf.values()))
# > p(7) = 1/6  sum of the pmf = 1
cdf = np.cumsum([float(pmf[x]) for x in values])  # F(x) = P(X <= x)
print(f"F(4) = P(X <= 4) = {cdf[values == 4][0]:.4f}")
# > F(4) = P(X <= 4) = 0.1667


# Continuous: Y with density p(y) = 2y on [0, 1] (and 0 elsewhere).
def p(y):
    return 2 * y if 0 <= y <= 1 else 0.0


area, _ = integrate.quad(p, 0, 1)
print(
    f"integral of p = {area:.4f}, p(1) = {p(1.0):.1f} (a density may exceed 1)"
)
# > integral of p = 1.0000, p(1) = 2.0 (a density may exceed 1)
prob, _ = integrate.quad(p, 0, 0.5)
print(
    f"P(Y <= 0.5) = integral of p from 0 to 0.5 = {prob:.4f} = F(0.5) = 0.5**2"
)
# > P(Y <= 0.5) = integral of p from 0 to 0.5 = 0.2500 = F(0.5) = 0.5**2

# i.i.d. samples: F(y) = y**2, so Y = sqrt(U) with U uniform on [0, 1).
rng = np.random.default_rng(0)
y = np.sqrt(rng.random(10_000))
print(f"fraction of 10000 i.i.d. draws <= 0.5: {np.mean(y <= 0.5):.4f}")
# > fraction of 10000 i.i.d. draws <= 0.5: 0.2524
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(8, 3.8))
ax1.bar(
    values, [float(pmf[x]) for x in values], color="tab:blue", label="pmf p(x)"
)
ax1.step(
    np.r_[1, values, 13],
    np.r_[0, cdf, 1],
    where="post",
    color="tab:orange",
    label="cdf F(x)",
)
ax1.set(
    xlabel="x = sum of two dice", ylabel="probability", title="Discrete: pmf"
)
ax1.legend(loc="upper left")

grid = np.linspace(0, 1, 101)
ax2.plot(grid, 2 * grid, color="tab:blue", label="pdf p(y) = 2y")
ax2.fill_between(grid[:51], 2 * grid[:51], color="tab:blue", alpha=0.3)
ax2.plot(grid, grid**2, color="tab:orange", label="cdf F(y) = y²")
ax2.plot([0.5], [0.25], "o", color="tab:red", label="F(0.5) = shaded area")
ax2.set(xlabel="y", title="Continuous: pdf")
ax2.legend(loc="upper left")
fig.tight_layout()
plt.show()
