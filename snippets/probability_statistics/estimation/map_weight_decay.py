import numpy as np

rng = np.random.default_rng(0)
eta, alpha, beta1, beta2, eps = 0.01, 0.1, 0.9, 0.999, 1e-8
w = np.array([1.0, 1.0])  # two equal weights; held fixed to isolate one update
scale = np.array([1.0, 0.01])  # w1 sees large loss gradients, w2 small ones
# 100 minibatch gradients of the data loss:
noise = rng.normal(size=(100, 2)) * scale


def adam_step(grads):
    """Adam's update after feeding it a sequence of gradients."""
    m, v = np.zeros(2), np.zeros(2)
    for g in grads:
        m = beta1 * m + (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * g**2
    k = len(grads)
    return eta * (m / (1 - beta1**k)) / (np.sqrt(v / (1 - beta2**k)) + eps)


penalty_grad = 2 * alpha * w  # gradient of alpha ||w||^2
# The part of the last update that the penalty is responsible for:
sgd = eta * penalty_grad
adam_l2 = adam_step(noise + penalty_grad) - adam_step(noise)
adamw = eta * penalty_grad  # decoupled: w <- w - eta * (adam step + 2 alpha w)
print("SGD + L2 penalty:", np.round(sgd, 4))
# > SGD + L2 penalty: [0.002 0.002]
print("Adam + L2 penalty:", np.round(adam_l2, 4))
# > Adam + L2 penalty: [0.0021 0.0093]
print("AdamW decay:", np.round(adamw, 4))
# > AdamW decay: [0.002 0.002]
