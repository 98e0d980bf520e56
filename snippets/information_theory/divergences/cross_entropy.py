import numpy as np
from scipy.stats import entropy

P = np.array([0.3, 0.7])
Q = np.array([0.5, 0.5])

# H(P, Q) = -sum p log q, and it splits into H(P) + D(P||Q).
cross = -np.sum(P * np.log(Q))
print(f"H(P, Q) = {cross:.4f} nats")
# > H(P, Q) = 0.6931 nats
print(
    f"H(P) + D(P||Q) = {entropy(P):.4f} + {entropy(P, Q):.4f} = "
    f"{entropy(P) + entropy(P, Q):.4f} nats"
)
# > H(P) + D(P||Q) = 0.6109 + 0.0823 = 0.6931 nats

# Classification: the label is one-hot, so only the true class's term survives.
q = np.array([0.7, 0.2, 0.1])  # model's predicted probabilities for 3 classes
onehot = np.array([0.0, 1.0, 0.0])  # the true class is 1
print(
    f"-sum y log q = {-np.sum(onehot * np.log(q)):.4f}, -log q[1] = {-np.log(q[1]):.4f}"
)
# > -sum y log q = 1.6094, -log q[1] = 1.6094

# Binary cross-entropy averaged over a batch of labels y and predicted P(y = 1).
y = np.array([1, 0, 1, 1])
p_hat = np.array([0.9, 0.2, 0.6, 0.99])
bce = -np.mean(y * np.log(p_hat) + (1 - y) * np.log(1 - p_hat))
print(f"per example: {np.round(-np.log(np.where(y == 1, p_hat, 1 - p_hat)), 4)}")
# > per example: [0.1054 0.2231 0.5108 0.0101]
print(f"mean BCE = {bce:.4f} nats")
# > mean BCE = 0.2123 nats
