# --8<-- [start:lesson]
import numpy as np

rng = np.random.default_rng(0)
mu, sigma = 1.0, 0.5  # q = N(mu, sigma^2), the distribution we optimise
batch, trials = 16, 20_000  # 16 samples per gradient estimate, 20000 estimates


def f(z):
    """The loss of a latent sample: squared distance to 3."""
    return (z - 3.0) ** 2


# Exact: E[f(z)] = (mu - 3)^2 + sigma^2, so the gradient is
# (2 (mu - 3), 2 sigma).
exact = np.array([2 * (mu - 3.0), 2 * sigma])

eps = rng.normal(size=(trials, batch))
z = mu + sigma * eps  # the same samples feed both estimators

# Reparameterisation: differentiate f(mu + sigma eps) through the sample.
df = 2 * (z - 3.0)
reparam = np.stack([df.mean(axis=1), (df * eps).mean(axis=1)], axis=1)

# Score function (REINFORCE): f(z) times the gradient of log q(z).
score_mu = (z - mu) / sigma**2
score_sigma = ((z - mu) ** 2 - sigma**2) / sigma**3
score = np.stack(
    [(f(z) * score_mu).mean(axis=1), (f(z) * score_sigma).mean(axis=1)], axis=1
)

print(f"exact gradient (mu, sigma): ({exact[0]:.2f}, {exact[1]:.2f})")
# > exact gradient (mu, sigma): (-4.00, 1.00)
for name, est in [("reparameterisation", reparam), ("score function", score)]:
    m, s = est.mean(axis=0), est.std(axis=0, ddof=1)
    print(
        f"{name}: mean ({m[0]:.2f}, {m[1]:.2f}), std ({s[0]:.2f}, {s[1]:.2f})"
    )
# > reparameterisation: mean (-4.00, 1.00), std (0.25, 1.06)
# > score function: mean (-4.01, 1.05), std (2.79, 4.93)
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

fig, ax = plt.subplots(figsize=(6, 4))
bins = np.linspace(-16, 8, 97)
ax.hist(
    score[:, 0],
    bins=bins,
    alpha=0.6,
    color="tab:orange",
    label="score function",
)
ax.hist(
    reparam[:, 0],
    bins=bins,
    alpha=0.6,
    color="tab:blue",
    label="reparameterisation",
)
ax.axvline(exact[0], color="black", ls="--", label="exact gradient")
ax.set(
    xlabel=r"estimate of $\partial\, \mathbb{E}[f(z)] / \partial \mu$",
    ylabel="count",
    title="Two unbiased gradient estimators",
)
ax.legend(loc="upper left")
plt.show()
