# --8<-- [start:lesson]
import numpy as np

# Linear regression, loss L(w) = 1/(2n) sum_i (x_i^T w - y_i)^2, n = 1000.
rng = np.random.default_rng(0)
n = 1000
X = rng.normal(size=(n, 2)) * np.array([1.0, 3.0])
y = X @ np.array([2.0, -1.0]) + 0.5 * rng.normal(size=n)
w_star = np.linalg.lstsq(X, y, rcond=None)[0]


def minibatch_grad(w, idx):
    Xb, yb = X[idx], y[idx]
    return Xb.T @ (Xb @ w - yb) / len(idx)


# The minibatch gradient is unbiased; its variance falls like 1/B.
w = np.zeros(2)
full = minibatch_grad(w, np.arange(n))
for B in [1, 10, 100]:
    g = np.array(
        [minibatch_grad(w, rng.integers(0, n, size=B)) for _ in range(2000)]
    )
    err = np.linalg.norm(g.mean(axis=0) - full) / np.linalg.norm(full)
    print(
        f"B = {B:>3}: relative error of the mean {err:.3f}, "
        f"total variance {g.var(axis=0).sum():.1f}"
    )
# > B =   1: relative error of the mean 0.007, total variance 202.6
# > B =  10: relative error of the mean 0.009, total variance 21.2
# > B = 100: relative error of the mean 0.003, total variance 2.2


def sgd(schedule, steps=3000, B=10):
    w, dist = np.zeros(2), []
    for k in range(steps):
        w = w - schedule(k) * minibatch_grad(w, rng.integers(0, n, size=B))
        dist.append(np.linalg.norm(w - w_star))
    return np.array(dist)


constant = sgd(lambda k: 0.05)
decaying = sgd(lambda k: 0.05 / (1 + k / 100))
print(
    f"distance to w* after 3000 steps: constant {constant[-1]:.4f}, "
    f"decaying {decaying[-1]:.4f}"
)
# > distance to w* after 3000 steps: constant 0.0446, decaying 0.0067
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

fig, ax = plt.subplots(figsize=(6, 4))
window = np.ones(100) / 100  # average over 100 steps to show the trend
for dist, style, label in [
    (constant, "tab:orange", "constant $\\eta = 0.05$"),
    (decaying, "tab:blue", "$\\eta_k = 0.05 / (1 + k/100)$"),
]:
    ax.semilogy(
        np.convolve(dist, window, mode="valid"), color=style, lw=2, label=label
    )
ax.set(
    xlabel="step $k$ (minibatches of 10)",
    ylabel="mean of $\\Vert \\mathbf{w}_k - \\mathbf{w}^* \\Vert$",
)
ax.set_title("SGD: a constant step stalls in a noise ball")
ax.legend(loc="upper right")
plt.show()
