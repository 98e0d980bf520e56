import numpy as np

# Same joint table: rows A = "contains 'free'", columns B = "is spam".
joint = np.array([[0.55, 0.10], [0.05, 0.30]])
p_A1 = joint[1].sum()  # P(A=1)
p_B1 = joint[:, 1].sum()  # P(B=1)

# Conditional probability: restrict to the rows (or columns) where the condition holds.
print(f"P(spam | 'free') = {joint[1, 1] / p_A1:.4f}")
# > P(spam | 'free') = 0.8571
print(f"P('free' | spam) = {joint[1, 1] / p_B1:.4f}")
# > P('free' | spam) = 0.7500

# The product rule turns a conditional back into a joint probability (the source's example).
p_A, p_B_given_A = 0.4, 0.8
print(f"P(A and B) = P(A) P(B | A) = {p_A * p_B_given_A:.2f}")
# > P(A and B) = P(A) P(B | A) = 0.32
