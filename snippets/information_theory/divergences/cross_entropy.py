import numpy as np
from scipy.stats import entropy

p = np.array([0.3, 0.7])
q = np.array([0.5, 0.5])

# H_x(p, q) = -sum p log q, and it splits into H(p) + D(p||q).
cross = -np.sum(p * np.log(q))
print(f"H_x(p, q) = {cross:.4f} nats")
# > H_x(p, q) = 0.6931 nats
print(
    f"H(p) + D(p||q) = {entropy(p):.4f} + {entropy(p, q):.4f} = "
    f"{entropy(p) + entropy(p, q):.4f} nats"
)
# > H(p) + D(p||q) = 0.6109 + 0.0823 = 0.6931 nats

# Classification: the label is one-hot, so only the true class's term survives.
q_model = np.array([0.7, 0.2, 0.1])  # predicted probabilities of 3 classes
y = np.array([0.0, 1.0, 0.0])  # one-hot label: the true class is 1
print(f"-sum y log q = {-np.sum(y * np.log(q_model)):.4f}")
# > -sum y log q = 1.6094
print(f"-log q[1] = {-np.log(0.2):.4f}")
# > -log q[1] = 1.6094

# Binary cross-entropy over a batch of labels y and predictions P(Y = 1).
labels = np.array([1, 0, 1, 1])
p_hat = np.array([0.9, 0.2, 0.6, 0.99])
per_example = -(labels * np.log(p_hat) + (1 - labels) * np.log(1 - p_hat))
print(f"per example: {np.round(per_example, 4)}")
# > per example: [0.1054 0.2231 0.5108 0.0101]
print(f"mean BCE = {per_example.mean():.4f} nats")
# > mean BCE = 0.2123 nats
