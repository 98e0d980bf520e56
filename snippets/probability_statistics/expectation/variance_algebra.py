from fractions import Fraction

import numpy as np

faces = range(1, 7)
p = Fraction(1, 6)


def E(g):
    return sum(g(x) * p for x in faces)


mu = E(lambda x: x)
var = E(lambda x: (x - mu) ** 2)
print("Var(X) =", var, "= E[X**2] - E[X]**2 =", E(lambda x: x**2) - mu**2)
# > Var(X) = 35/12 = E[X**2] - E[X]**2 = 35/12
print(
    "Var(3X + 2) =", E(lambda x: (3 * x + 2 - (3 * mu + 2)) ** 2), "= 9 Var(X)"
)
# > Var(3X + 2) = 105/4 = 9 Var(X)

# Sums: variances add for independent dice, not for perfectly correlated ones.
pairs = [(x, y) for x in faces for y in faces]
var_sum = sum(Fraction((x + y - 7) ** 2, 36) for x, y in pairs)
print("two independent dice: Var(X + Y) =", var_sum, "= 2 Var(X)")
# > two independent dice: Var(X + Y) = 35/6 = 2 Var(X)
print(
    "Y = X:                Var(X + X) =",
    E(lambda x: (2 * x - 7) ** 2),
    "= 4 Var(X)",
)
# > Y = X:                Var(X + X) = 35/3 = 4 Var(X)

# The mean of n i.i.d. draws has variance Var(X) / n.
rng = np.random.default_rng(0)
means = rng.integers(1, 7, size=(20000, 25)).mean(axis=1)
theory, mc = float(var) / 25, means.var(ddof=1)
print(f"Var(mean of 25 rolls): theory {theory:.4f}, Monte Carlo {mc:.4f}")
# > Var(mean of 25 rolls): theory 0.1167, Monte Carlo 0.1167

# Law of total variance for the coin that picks a d6 or a d4.
means_c = [Fraction(7, 2), Fraction(5, 2)]
vars_c = [
    Fraction(35, 12),
    Fraction(15, 12),
]  # (k**2 - 1) / 12 for a k-sided die
within = sum(v / 2 for v in vars_c)  # E[Var(X | C)]
between = sum((m - 3) ** 2 / 2 for m in means_c)  # Var(E[X | C]); E[X] = 3
print("within", within, "+ between", between, "= Var(X) =", within + between)
# > within 25/12 + between 1/4 = Var(X) = 7/3
pmf = {x: Fraction(1, 12) + (Fraction(1, 8) if x <= 4 else 0) for x in faces}
print(
    "directly from the pmf of X:",
    sum(q * (x - 3) ** 2 for x, q in pmf.items()),
)
# > directly from the pmf of X: 7/3
