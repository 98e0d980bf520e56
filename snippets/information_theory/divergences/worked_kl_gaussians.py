# --8<-- [start:lesson]
import numpy as np
from scipy.integrate import quad
from scipy.stats import norm


def kl_gauss(mu1, s1, mu2, s2):
    """Closed form of D_KL(N(mu1, s1^2) || N(mu2, s2^2)) in nats."""
    return np.log(s2 / s1) + (s1**2 + (mu1 - mu2) ** 2) / (2 * s2**2) - 0.5


p = norm(loc=0.0, scale=1.0)  # p = N(0, 1)
q = norm(loc=1.0, scale=2.0)  # q = N(1, 2^2)


def integrand(x):
    # p(x) log(p(x) / q(x)), with the log ratio taken from log-densities.
    return p.pdf(x) * (p.logpdf(x) - q.logpdf(x))


numeric, abserr = quad(integrand, -np.inf, np.inf)
print(f"closed form D(p||q) = {kl_gauss(0.0, 1.0, 1.0, 2.0):.6f} nats")
# > closed form D(p||q) = 0.443147 nats
print(f"quad        D(p||q) = {numeric:.6f} nats")
# > quad        D(p||q) = 0.443147 nats

# The other direction is different again.
reverse, _ = quad(
    lambda x: q.pdf(x) * (q.logpdf(x) - p.logpdf(x)), -np.inf, np.inf
)
print(f"closed form D(q||p) = {kl_gauss(1.0, 2.0, 0.0, 1.0):.6f} nats")
# > closed form D(q||p) = 1.306853 nats
print(f"quad        D(q||p) = {reverse:.6f} nats")
# > quad        D(q||p) = 1.306853 nats

# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

x = np.linspace(-6, 8, 281)
fig, ax = plt.subplots(figsize=(6, 4))
ax.plot(x, p.pdf(x), label="$p = N(0, 1)$")
ax.plot(x, q.pdf(x), label="$q = N(1, 2^2)$")
ax.plot(x, integrand(x), color="tab:red", label=r"$p \log(p/q)$")
ax.fill_between(x, integrand(x), color="tab:red", alpha=0.2)
ax.axhline(0, color="tab:gray", lw=0.8)
ax.set(xlabel="$x$", ylabel="density / integrand")
ax.set_title(r"$D_{KL}(p \,\|\, q)$ is the signed area under the red curve")
ax.legend()
plt.show()
