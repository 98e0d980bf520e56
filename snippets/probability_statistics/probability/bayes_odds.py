import numpy as np

prior = 0.01  # P(D)
sensitivity, false_positive_rate = 0.90, 0.05  # P(+ | D), P(+ | not D)


def odds(p):
    return p / (1 - p)


def prob(o):
    return o / (1 + o)


likelihood_ratio = sensitivity / false_positive_rate
print(f"likelihood ratio of a positive = {likelihood_ratio:.1f}")
# > likelihood ratio of a positive = 18.0
print(f"prior odds = {odds(prior):.4f}")
# > prior odds = 0.0101

# Each positive (independent given D) multiplies the odds by the same ratio.
o = odds(prior)
for k in range(1, 4):
    o = o * likelihood_ratio
    print(
        f"after {k} positive(s): odds = {o:8.4f}, P(D | data) = {prob(o):.4f}"
    )
# > after 1 positive(s): odds =   0.1818, P(D | data) = 0.1538
# > after 2 positive(s): odds =   3.2727, P(D | data) = 0.7660
# > after 3 positive(s): odds =  58.9091, P(D | data) = 0.9833

# In log-odds every positive adds the same amount.
print(f"log-odds step per positive = {np.log(likelihood_ratio):.4f}")
# > log-odds step per positive = 2.8904
