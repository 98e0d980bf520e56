import numpy as np

rng = np.random.default_rng(1)
n, d_in, d_hidden, d_out = 5, 3, 4, 2
X = rng.standard_normal((n, d_in))  # one example per row
Y = rng.standard_normal((n, d_out))
params = {
    "W1": 0.5 * rng.standard_normal((d_in, d_hidden)),
    "b1": np.zeros(d_hidden),
    "W2": 0.5 * rng.standard_normal((d_hidden, d_out)),
    "b2": np.zeros(d_out),
}


def loss_and_grads(p):
    A = np.tanh(X @ p["W1"] + p["b1"])  # (n, d_hidden); + b1 adds 1 b1^T
    Y_hat = A @ p["W2"] + p["b2"]  # (n, d_out)
    loss = 0.5 * np.sum((Y_hat - Y) ** 2) / n  # mean over the batch
    D2 = (Y_hat - Y) / n  # row i is delta_2,i / n
    D1 = (D2 @ p["W2"].T) * (1 - A**2)  # input gradient G W^T, then tanh'
    # A sum over examples of outer products is one matrix product: X^T G.
    grads = {
        "W2": A.T @ D2,
        "b2": D2.sum(axis=0),
        "W1": X.T @ D1,
        "b1": D1.sum(axis=0),
    }
    return loss, grads


loss, grads = loss_and_grads(params)
print(f"loss = {loss:.4f}")
# > loss = 1.2424
h = 1e-6
for name, value in params.items():
    num = np.zeros_like(value)
    for idx in np.ndindex(value.shape):
        old = value[idx]
        value[idx] = old + h
        up = loss_and_grads(params)[0]
        value[idx] = old - h
        down = loss_and_grads(params)[0]
        value[idx] = old
        num[idx] = (up - down) / (2 * h)
    rel = np.linalg.norm(grads[name] - num) / np.linalg.norm(num)
    print(f"{name}: shape {num.shape}, relative error < 1e-7: {rel < 1e-7}")
# > W1: shape (3, 4), relative error < 1e-7: True
# > b1: shape (4,), relative error < 1e-7: True
# > W2: shape (4, 2), relative error < 1e-7: True
# > b2: shape (2,), relative error < 1e-7: True
