# --8<-- [start:lesson]
import numpy as np
from scipy.special import rel_entr, xlogy
from scipy.stats import entropy

p = np.array([0.3, 0.7, 0.0])  # p never produces outcome 3
q = np.array([0.1, 0.4, 0.5])


def js(p, q):
    """Jensen-Shannon divergence in nats: the average KL to the mixture m."""
    m = (p + q) / 2
    return 0.5 * entropy(p, m) + 0.5 * entropy(q, m)


print(f"JS(p, q) = {js(p, q):.4f} = JS(q, p) = {js(q, p):.4f} nats")
# > JS(p, q) = 0.2202 = JS(q, p) = 0.2202 nats
print(
    f"KL(q||p) = {float(entropy(q, p))}, "
    f"but JS <= log 2 = {np.log(2):.4f} nats"
)
# > KL(q||p) = inf, but JS <= log 2 = 0.6931 nats


def f_divergence(p, q, f):
    """D_f(p||q) = sum_x q(x) f(p(x) / q(x)), for q(x) > 0 everywhere."""
    return np.sum(q * f(p / q))


# Convex f with f(1) = 0. rel_entr(a, b) = a log(a / b), with 0 log 0 = 0.
def f_kl(t):
    return rel_entr(t, 1)  # t log t


def f_js(t):
    return 0.5 * (rel_entr(t, (1 + t) / 2) + rel_entr(1, (1 + t) / 2))


def f_tv(t):
    return 0.5 * np.abs(t - 1)


print(f"f = t log t: {f_divergence(p, q, f_kl):.4f}, KL = {entropy(p, q):.4f}")
# > f = t log t: 0.7213, KL = 0.7213
print(
    f"f for JS:    {f_divergence(p, q, f_js):.4f}, JS(p, q) = {js(p, q):.4f}"
)
# > f for JS:    0.2202, JS(p, q) = 0.2202
tv = 0.5 * np.abs(p - q).sum()
print(f"f for TV:    {f_divergence(p, q, f_tv):.4f}, TV(p, q) = {tv:.4f}")
# > f for TV:    0.5000, TV(p, q) = 0.5000

# A GAN's value at the best discriminator D*(x) = p / (p + q) is 2 JS - log 4.
d_star = p / (p + q)
value = np.sum(xlogy(p, d_star)) + np.sum(xlogy(q, 1 - d_star))
print(f"GAN value {value:.4f} = 2 JS - log 4 = {2 * js(p, q) - np.log(4):.4f}")
# > GAN value -0.9460 = 2 JS - log 4 = -0.9460
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson
from scipy.integrate import quad
from scipy.stats import norm


def js_gauss(theta):
    """JS between N(0, 1) and N(theta, 1) by numerical integration."""

    def integrand(x):
        lp, lq = norm.logpdf(x), norm.logpdf(x, loc=theta)
        lm = np.logaddexp(lp, lq) - np.log(2)  # log of the mixture density
        return 0.5 * np.exp(lp) * (lp - lm) + 0.5 * np.exp(lq) * (lq - lm)

    return quad(integrand, -12, theta + 12, points=[0, theta])[0]


thetas = np.linspace(0, 6, 61)
fig, ax = plt.subplots(figsize=(6, 4))
ax.plot(
    thetas, thetas**2 / 2, label=r"$D_{KL}(p \,\|\, q_\theta) = \theta^2/2$"
)
ax.plot(thetas, [js_gauss(t) for t in thetas], label=r"$JS(p, q_\theta)$")
ax.axhline(np.log(2), color="tab:gray", ls=":", label=r"$\log 2$")
ax.set(
    xlabel=r"shift $\theta$ of $q_\theta = N(\theta, 1)$ from $p = N(0, 1)$"
)
ax.set(ylabel="divergence (nats)", ylim=(0, 2))
ax.set_title("JS saturates at log 2: no slope once the two are apart")
ax.grid(alpha=0.3)
ax.legend()
plt.show()
