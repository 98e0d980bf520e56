import numpy as np

# The source's formula P(A and B) = P(A) P(B) holds only if A and B are independent.
p_A, p_B = 0.4, 0.6
print(f"P(A and B) if independent = {p_A * p_B:.2f}")
# > P(A and B) if independent = 0.24

# A joint table for two dependent events over e-mails:
# rows: A = "contains the word 'free'" (0 = no, 1 = yes); columns: B = "is spam".
joint = np.array([[0.55, 0.10], [0.05, 0.30]])
print(f"total probability = {joint.sum():.2f}")
# > total probability = 1.00

# Marginals: sum the joint table over the other variable.
p_A_marg = joint.sum(axis=1)  # [P(A=0), P(A=1)]
p_B_marg = joint.sum(axis=0)  # [P(B=0), P(B=1)]
print("P(A) =", np.round(p_A_marg, 4), " P(B) =", np.round(p_B_marg, 4))
# > P(A) = [0.65 0.35]  P(B) = [0.6 0.4]

# Independence would make the table the outer product of its marginals. It is not.
print(f"P(A=1, B=1)   = {joint[1, 1]:.2f}")
# > P(A=1, B=1)   = 0.30
print(f"P(A=1) P(B=1) = {p_A_marg[1] * p_B_marg[1]:.2f}")
# > P(A=1) P(B=1) = 0.14
print(np.round(np.outer(p_A_marg, p_B_marg), 4))
# > [[0.39 0.26]
# >  [0.21 0.14]]
print("independent:", np.allclose(joint, np.outer(p_A_marg, p_B_marg)))
# > independent: False
