# --8<-- [start:lesson]
import numpy as np
from scipy.optimize import minimize
from scipy.stats import norm

# Model: z ~ N(0, 1), x | z ~ N(z, sigma^2). One observation x.
sigma2, x = 0.5, 1.5
# The evidence p(x) = N(x; 0, 1 + sigma^2) and the exact posterior p(z | x).
log_evidence = norm.logpdf(x, 0, np.sqrt(1 + sigma2))
post_mean, post_var = x / (1 + sigma2), sigma2 / (1 + sigma2)


def elbo(mq, sq):
    """E_q[log p(x | z)] - KL(q || p(z)) for q = N(mq, sq^2), closed form."""
    expected_loglik = -0.5 * np.log(2 * np.pi * sigma2) - (
        (x - mq) ** 2 + sq**2
    ) / (2 * sigma2)
    kl_prior = 0.5 * (mq**2 + sq**2 - 1 - np.log(sq**2))
    return expected_loglik - kl_prior


def kl_gauss(m1, s1, m2, s2):
    """KL(N(m1, s1^2) || N(m2, s2^2))."""
    return np.log(s2 / s1) + (s1**2 + (m1 - m2) ** 2) / (2 * s2**2) - 0.5


print(f"log p(x) = {log_evidence:.4f}")
# > log p(x) = -1.8717
for mq, sq in [(0.0, 1.0), (0.5, 0.8), (1.0, 0.5)]:
    gap = kl_gauss(mq, sq, post_mean, np.sqrt(post_var))
    print(
        f"q = N({mq}, {sq}^2): ELBO {elbo(mq, sq):.4f} + KL {gap:.4f} "
        f"= {elbo(mq, sq) + gap:.4f}"
    )
# > q = N(0.0, 1.0^2): ELBO -3.8224 + KL 1.9507 = -1.8717
# > q = N(0.5, 0.8^2): ELBO -2.3805 + KL 0.5088 = -1.8717
# > q = N(1.0, 0.5^2): ELBO -1.8905 + KL 0.0188 = -1.8717

# Maximise the ELBO over (mq, log sq): the optimum is the exact posterior.
res = minimize(
    lambda t: -elbo(t[0], np.exp(t[1])), x0=[0.0, 0.0], method="BFGS"
)
print(f"best q: mean {res.x[0]:.3f}, var {np.exp(2 * res.x[1]):.3f}")
# > best q: mean 1.000, var 0.333
print(f"posterior: mean {post_mean:.3f}, var {post_var:.3f}")
# > posterior: mean 1.000, var 0.333

# A Monte Carlo estimate of the ELBO from samples z = mq + sq * eps of q.
rng = np.random.default_rng(0)
mq, sq = 0.5, 0.8
z = mq + sq * rng.standard_normal(100_000)
log_joint = norm.logpdf(z, 0, 1) + norm.logpdf(x, z, np.sqrt(sigma2))
print(f"Monte Carlo ELBO: {np.mean(log_joint - norm.logpdf(z, mq, sq)):.3f}")
# > Monte Carlo ELBO: -2.382
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

means = np.linspace(-1, 3, 201)
sq_best = np.sqrt(post_var)
fig, ax = plt.subplots(figsize=(6, 4))
ax.axhline(log_evidence, color="tab:red", ls="--", label=r"$\log p(x)$")
ax.plot(means, elbo(means, sq_best), label=r"ELBO of $q = N(\mu_q, 1/3)$")
ax.fill_between(
    means,
    elbo(means, sq_best),
    log_evidence,
    color="tab:gray",
    alpha=0.2,
    label=r"gap $= D_{KL}(q \,\|\, p(z \mid x))$",
)
ax.axvline(post_mean, color="tab:gray", ls=":", lw=1)
ax.set(
    xlabel=r"mean $\mu_q$ of the approximation", ylabel="nats", ylim=(-6, 0)
)
ax.set_title("The ELBO touches log p(x) at the exact posterior")
ax.grid(alpha=0.3)
ax.legend(loc="lower center")
plt.show()
