import numpy as np

rng = np.random.default_rng(0)
d_in, d_hidden, d_out = 3, 4, 2
params = {  # each W of shape (d_in, d_out)
    "W1": 0.5 * rng.standard_normal((d_in, d_hidden)),
    "b1": np.zeros(d_hidden),
    "W2": 0.5 * rng.standard_normal((d_hidden, d_out)),
    "b2": np.zeros(d_out),
}
x = np.array([1.0, -2.0, 0.5])
y = np.array([0.5, -1.0])


def forward(p, x, y):
    z1 = p["W1"].T @ x + p["b1"]
    a = np.tanh(z1)
    y_hat = p["W2"].T @ a + p["b2"]
    loss = 0.5 * np.sum((y_hat - y) ** 2)
    return loss, (a, y_hat)


def backward(p, x, y):
    """The chain rule, layer by layer from the loss back to the input."""
    _, (a, y_hat) = forward(p, x, y)
    delta2 = y_hat - y  # dL/dy_hat
    grads = {"W2": np.outer(a, delta2), "b2": delta2}
    delta1 = (p["W2"] @ delta2) * (1 - a**2)  # dL/dz1; tanh' = 1 - tanh^2
    grads["W1"] = np.outer(x, delta1)
    grads["b1"] = delta1
    return grads


def numeric_grad(p, name, h=1e-6):
    """Central difference for every entry of one parameter array."""
    grad = np.zeros_like(p[name])
    for idx in np.ndindex(p[name].shape):
        old = p[name][idx]
        p[name][idx] = old + h
        up = forward(p, x, y)[0]
        p[name][idx] = old - h
        down = forward(p, x, y)[0]
        p[name][idx] = old
        grad[idx] = (up - down) / (2 * h)
    return grad


print(f"initial loss = {forward(params, x, y)[0]:.4f}")
# > initial loss = 0.5708
grads = backward(params, x, y)
for name in ["W1", "b1", "W2", "b2"]:
    num = numeric_grad(params, name)
    rel = np.linalg.norm(grads[name] - num) / np.linalg.norm(num)
    # The exact error is round-off noise; what matters is that it is tiny.
    print(f"{name}: shape {num.shape}, relative error < 1e-7: {rel < 1e-7}")
# > W1: shape (3, 4), relative error < 1e-7: True
# > b1: shape (4,), relative error < 1e-7: True
# > W2: shape (4, 2), relative error < 1e-7: True
# > b2: shape (2,), relative error < 1e-7: True

# The gradients drive learning: a few gradient-descent steps shrink the loss.
eta = 0.05
for step in range(1, 31):
    grads = backward(params, x, y)
    for name in params:
        params[name] -= eta * grads[name]
    if step % 10 == 0:
        print(f"step {step}: loss = {forward(params, x, y)[0]:.2e}")
# > step 10: loss = 1.88e-02
# > step 20: loss = 7.33e-04
# > step 30: loss = 2.87e-05
