import numpy as np

# The same joint table: rows "contains 'free'", columns "is spam".
joint = np.array([[0.55, 0.10], [0.05, 0.30]])
p_free = joint[1].sum()  # P(free)
p_spam = joint[:, 1].sum()  # P(spam)

# Conditioning: keep the row (or column) of the condition and renormalise it.
p_spam_given_free = joint[1, 1] / p_free
print(f"P(spam | 'free') = {p_spam_given_free:.4f}")
# > P(spam | 'free') = 0.8571
print(f"P('free' | spam) = {joint[1, 1] / p_spam:.4f}")
# > P('free' | spam) = 0.7500
print("row 'free' renormalised:", np.round(joint[1] / p_free, 4))
# > row 'free' renormalised: [0.1429 0.8571]

# The product rule rebuilds the joint cell from a marginal and a conditional.
print(f"P(free) P(spam | free) = {p_free * p_spam_given_free:.2f}")
# > P(free) P(spam | free) = 0.30
