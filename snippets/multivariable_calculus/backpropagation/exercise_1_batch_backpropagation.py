import numpy as np

rng = np.random.default_rng(1)
n, n_in, n_hidden, n_out = 5, 3, 4, 2
X = rng.standard_normal((n, n_in))  # one example per row
Y = rng.standard_normal((n, n_out))
params = {
    "W1": 0.5 * rng.standard_normal((n_hidden, n_in)),
    "b1": np.zeros(n_hidden),
    "W2": 0.5 * rng.standard_normal((n_out, n_hidden)),
    "b2": np.zeros(n_out),
}


def loss_and_grads(p):
    H = np.tanh(X @ p["W1"].T + p["b1"])  # (n, n_hidden)
    Y_hat = H @ p["W2"].T + p["b2"]  # (n, n_out)
    loss = 0.5 * np.sum((Y_hat - Y) ** 2) / n  # mean over the batch
    D2 = (Y_hat - Y) / n  # row i is dL/dy_hat_i
    D1 = (D2 @ p["W2"]) * (1 - H**2)  # row i is dL/dz1_i
    # A sum over examples of outer products is one matrix product.
    grads = {"W2": D2.T @ H, "b2": D2.sum(axis=0), "W1": D1.T @ X, "b1": D1.sum(axis=0)}
    return loss, grads


loss, grads = loss_and_grads(params)
print(f"loss = {loss:.4f}")
# > loss = 1.1332
eps = 1e-6
for name, value in params.items():
    num = np.zeros_like(value)
    for idx in np.ndindex(value.shape):
        old = value[idx]
        value[idx] = old + eps
        up = loss_and_grads(params)[0]
        value[idx] = old - eps
        down = loss_and_grads(params)[0]
        value[idx] = old
        num[idx] = (up - down) / (2 * eps)
    rel = np.abs(grads[name] - num) / np.maximum(
        np.abs(grads[name]) + np.abs(num), 1e-12
    )
    # The exact size of the error is round-off noise; what matters is that it is tiny.
    print(f"{name}: max relative error < 1e-5: {rel.max() < 1e-5}")
# > W1: max relative error < 1e-5: True
# > b1: max relative error < 1e-5: True
# > W2: max relative error < 1e-5: True
# > b2: max relative error < 1e-5: True
