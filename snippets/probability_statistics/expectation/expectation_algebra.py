from fractions import Fraction

import numpy as np

faces = range(1, 7)
p = Fraction(1, 6)  # pmf of a fair die


def E(g):
    """E[g(X)] for one fair die, by LOTUS: sum of g(x) p(x)."""
    return sum(g(x) * p for x in faces)


mean = E(lambda x: x)
print("E[X] =", mean, " E[X**2] =", E(lambda x: x**2), " E[X]**2 =", mean**2)
# > E[X] = 7/2  E[X**2] = 91/6  E[X]**2 = 49/4

# Linearity: E[3X + 2] = 3 E[X] + 2, and the sum of two dice has mean 7 ...
print("E[3X + 2] =", E(lambda x: 3 * x + 2), "=", 3 * mean + 2)
# > E[3X + 2] = 25/2 = 25/2
pairs = [(x, y) for x in faces for y in faces]  # 36 outcomes, each 1/36
print("E[X + Y] =", sum(Fraction(x + y, 36) for x, y in pairs))
# > E[X + Y] = 7
# ... even when Y depends completely on X, e.g. Y = 7 - X (the opposite face).
print("E[X + (7 - X)] =", E(lambda x: x + (7 - x)))
# > E[X + (7 - X)] = 7

# E[XY] = E[X] E[Y] needs independence: it holds for two dice, not for Y = X.
print("independent: E[XY] =", sum(Fraction(x * y, 36) for x, y in pairs))
# > independent: E[XY] = 49/4
print("Y = X:       E[XY] =", E(lambda x: x * x))
# > Y = X:       E[XY] = 91/6

# Law of total expectation: a fair coin C picks a six- or a four-sided die.
e_given = {"heads (d6)": Fraction(7, 2), "tails (d4)": Fraction(5, 2)}
print(
    "E[X] = E[E[X | C]] =", sum(Fraction(1, 2) * e for e in e_given.values())
)
# > E[X] = E[E[X | C]] = 3
rng = np.random.default_rng(0)
heads = rng.random(100_000) < 0.5
rolls = np.where(
    heads, rng.integers(1, 7, 100_000), rng.integers(1, 5, 100_000)
)
print(f"Monte Carlo mean of 100000 draws: {rolls.mean():.3f}")
# > Monte Carlo mean of 100000 draws: 2.999
