# --8<-- [start:lesson]
import numpy as np
from scipy.special import log_softmax

rho = 0.95  # correlation of the standard bivariate normal pair (X, Y)
true_mi = -0.5 * np.log(1 - rho**2)
print(f"true I(X;Y) = {true_mi:.4f} nats")
# > true I(X;Y) = 1.1640 nats


def critic(x, y):
    """f(x_i, y_j) = log p(y_j | x_i) - log p(y_j) + const, for all pairs."""
    s2 = 1 - rho**2  # p(y | x) = N(rho x, 1 - rho^2), p(y) = N(0, 1)
    return (
        -((y[None, :] - rho * x[:, None]) ** 2) / (2 * s2)
        + y[None, :] ** 2 / 2
    )


def infonce_bound(n_batch, n_repeats, rng):
    """log N minus the InfoNCE loss, averaged over batches of N pairs."""
    values = []
    for _ in range(n_repeats):
        x = rng.standard_normal(n_batch)
        y = rho * x + np.sqrt(1 - rho**2) * rng.standard_normal(n_batch)
        scores = critic(x, y)  # row i: x_i against every y_j in the batch
        # Cross-entropy of picking the true partner y_i in each row:
        loss = -np.mean(np.diag(log_softmax(scores, axis=1)))
        values.append(np.log(n_batch) - loss)
    return np.mean(values)


def n_repeats(n_batch):
    """Enough batches for a Monte Carlo error far below the gap I - bound."""
    return min(2000, 2**16 // n_batch)


rng = np.random.default_rng(0)
for n_batch in [2, 8, 32, 128]:
    bound = infonce_bound(n_batch, n_repeats(n_batch), rng)
    print(
        f"N = {n_batch:3d}: bound {bound:.3f} <= min(I, log N) = "
        f"{min(true_mi, np.log(n_batch)):.3f}"
    )
# > N =   2: bound 0.423 <= min(I, log N) = 0.693
# > N =   8: bound 0.931 <= min(I, log N) = 1.164
# > N =  32: bound 1.095 <= min(I, log N) = 1.164
# > N = 128: bound 1.137 <= min(I, log N) = 1.164
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

sizes = 2 ** np.arange(1, 8)
bounds = [infonce_bound(n, n_repeats(n), rng) for n in sizes]
fig, ax = plt.subplots(figsize=(6, 4))
ax.semilogx(
    sizes,
    bounds,
    "o-",
    base=2,
    label=r"InfoNCE bound $\log N - \mathcal{L}_{\mathrm{NCE}}$",
)
ax.semilogx(
    sizes, np.log(sizes), ":", base=2, color="tab:gray", label="$\\log N$"
)
ax.axhline(true_mi, color="tab:red", ls="--", label="true $I(X;Y)$")
ax.set(xlabel="batch size $N$", ylabel="nats", ylim=(0, 2))
ax.set_title("InfoNCE cannot exceed log N")
ax.grid(alpha=0.3)
ax.legend()
plt.show()
