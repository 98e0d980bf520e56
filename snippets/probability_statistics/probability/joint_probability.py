import numpy as np

# Joint table over e-mails (0 = no, 1 = yes).
# Rows: contains the word 'free'; columns: is spam.
joint = np.array([[0.55, 0.10], [0.05, 0.30]])
print(f"total probability = {joint.sum():.2f}")
# > total probability = 1.00

# Marginals: sum the joint table over the other variable.
p_free = joint.sum(axis=1)  # [P(no 'free'), P('free')]
p_spam = joint.sum(axis=0)  # [P(not spam), P(spam)]
print("P(free) =", np.round(p_free, 4), " P(spam) =", np.round(p_spam, 4))
# > P(free) = [0.65 0.35]  P(spam) = [0.6 0.4]

# Independence would make the table the outer product of its marginals.
print(f"P(free, spam)   = {joint[1, 1]:.2f}")
# > P(free, spam)   = 0.30
print(f"P(free) P(spam) = {p_free[1] * p_spam[1]:.2f}")
# > P(free) P(spam) = 0.14
print(np.round(np.outer(p_free, p_spam), 4))
# > [[0.39 0.26]
# >  [0.21 0.14]]
print("independent:", np.allclose(joint, np.outer(p_free, p_spam)))
# > independent: False
