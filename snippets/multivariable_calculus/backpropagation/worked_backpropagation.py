import numpy as np

rng = np.random.default_rng(0)
n_in, n_hidden, n_out = 3, 4, 2
params = {
    "W1": 0.5 * rng.standard_normal((n_hidden, n_in)),
    "b1": np.zeros(n_hidden),
    "W2": 0.5 * rng.standard_normal((n_out, n_hidden)),
    "b2": np.zeros(n_out),
}
x = np.array([1.0, -2.0, 0.5])
y = np.array([0.5, -1.0])


def forward(p, x, y):
    z1 = p["W1"] @ x + p["b1"]
    h = np.tanh(z1)
    y_hat = p["W2"] @ h + p["b2"]
    loss = 0.5 * np.sum((y_hat - y) ** 2)
    return loss, (h, y_hat)


def backward(p, x, y):
    """The chain rule, layer by layer from the loss back to the input."""
    _, (h, y_hat) = forward(p, x, y)
    delta2 = y_hat - y  # dL/dy_hat
    grads = {"W2": np.outer(delta2, h), "b2": delta2}
    delta1 = (p["W2"].T @ delta2) * (1 - h**2)  # dL/dz1; tanh' = 1 - tanh^2
    grads["W1"] = np.outer(delta1, x)
    grads["b1"] = delta1
    return grads


def numeric_grad(p, name, eps=1e-6):
    """Central difference for every entry of one parameter array."""
    grad = np.zeros_like(p[name])
    for idx in np.ndindex(p[name].shape):
        old = p[name][idx]
        p[name][idx] = old + eps
        up = forward(p, x, y)[0]
        p[name][idx] = old - eps
        down = forward(p, x, y)[0]
        p[name][idx] = old
        grad[idx] = (up - down) / (2 * eps)
    return grad


print(f"initial loss = {forward(params, x, y)[0]:.4f}")
# > initial loss = 0.4985
grads = backward(params, x, y)
for name in ["W1", "b1", "W2", "b2"]:
    num = numeric_grad(params, name)
    rel = np.abs(grads[name] - num) / np.maximum(
        np.abs(grads[name]) + np.abs(num), 1e-12
    )
    # The exact size of the error is round-off noise; what matters is that it is tiny.
    print(
        f"{name}: shape {grads[name].shape}, max relative error < 1e-6: {rel.max() < 1e-6}"
    )
# > W1: shape (4, 3), max relative error < 1e-6: True
# > b1: shape (4,), max relative error < 1e-6: True
# > W2: shape (2, 4), max relative error < 1e-6: True
# > b2: shape (2,), max relative error < 1e-6: True

# The gradients drive learning: a few gradient-descent steps shrink the loss.
lr = 0.05
for step in range(1, 31):
    grads = backward(params, x, y)
    for name in params:
        params[name] -= lr * grads[name]
    if step % 10 == 0:
        print(f"step {step}: loss = {forward(params, x, y)[0]:.2e}")
# > step 10: loss = 3.69e-03
# > step 20: loss = 5.03e-05
# > step 30: loss = 6.86e-07
