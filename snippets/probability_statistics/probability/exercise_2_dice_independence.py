from fractions import Fraction

import numpy as np

# All 36 equally likely outcomes of two fair dice.
first, second = np.meshgrid(np.arange(1, 7), np.arange(1, 7), indexing="ij")
total = first + second


def prob(event):
    return Fraction(int(event.sum()), event.size)


A = first == 1
for name, B in [("sum is 7", total == 7), ("sum is 8", total == 8)]:
    print(
        f"{name}: P(A and B) = {prob(A & B)}, P(A) P(B) = {prob(A) * prob(B)},"
        f" independent: {prob(A & B) == prob(A) * prob(B)}"
    )
# > sum is 7: P(A and B) = 1/36, P(A) P(B) = 1/36, independent: True
# > sum is 8: P(A and B) = 0, P(A) P(B) = 5/216, independent: False
