import numpy as np
from scipy.special import log_softmax, softmax

z = np.array([2.0, 1.0, 0.1])  # logits of a 3-class classifier for one example
k = 0  # index of the true class
onehot = np.eye(3)[k]


def loss(logits):
    """Cross-entropy of the one-hot label against softmax(logits)."""
    return -log_softmax(logits)[k]


q = softmax(z)
print(f"softmax(z) = {np.round(q, 4)}, sums to {q.sum():.4f}")
# > softmax(z) = [0.659  0.2424 0.0986], sums to 1.0000
print(f"loss = -log q[{k}] = {loss(z):.4f} nats")
# > loss = -log q[0] = 0.4170 nats

# Analytic gradient of the loss with respect to the logits: softmax - onehot.
grad = q - onehot
print(f"softmax - onehot:  {np.round(grad, 6)}")
# > softmax - onehot:  [-0.340999  0.242433  0.098566]

# Check it with central finite differences, one logit at a time.
h = 1e-6
numeric = np.array(
    [(loss(z + h * e) - loss(z - h * e)) / (2 * h) for e in np.eye(3)]
)
print(f"finite difference: {np.round(numeric, 6)}")
# > finite difference: [-0.340999  0.242433  0.098566]
print(f"agree: {np.allclose(grad, numeric, atol=1e-8)}")
# > agree: True

# One gradient-descent step on the logits lowers the loss.
z_new = z - 1.0 * grad
print(f"after one step with rate 1: loss = {loss(z_new):.4f} nats")
# > after one step with rate 1: loss = 0.2636 nats
