from fractions import Fraction

import numpy as np

# All 36 equally likely outcomes of two fair dice.
first, second = np.meshgrid(np.arange(1, 7), np.arange(1, 7), indexing="ij")
total = first + second


def prob(event):
    return Fraction(int(event.sum()), event.size)


first_is_1 = first == 1
for name, event in [("sum is 7", total == 7), ("sum is 8", total == 8)]:
    both = prob(first_is_1 & event)
    product = prob(first_is_1) * prob(event)
    print(
        f"{name}: P(both) = {both}, product = {product},"
        f" independent: {both == product}"
    )
# > sum is 7: P(both) = 1/36, product = 1/36, independent: True
# > sum is 8: P(both) = 0, product = 5/216, independent: False
