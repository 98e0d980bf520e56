# --8<-- [start:lesson]
import numpy as np

# Primal: min x^2 subject to g(x) = 1 - x <= 0. Answer x* = 1, p* = 1.
p_star = 1.0


def dual(mu):
    # q(mu) = min over x of x^2 + mu (1 - x); the minimum is at x = mu / 2.
    x = mu / 2
    return x**2 + mu * (1 - x)


mus = np.linspace(0, 4, 401)
q = dual(mus)
print("weak duality, q(mu) <= p* for all mu >= 0:", bool(np.all(q <= p_star)))
# > weak duality, q(mu) <= p* for all mu >= 0: True
best = mus[q.argmax()]
print(
    f"dual optimum mu* = {best:.2f}, q(mu*) = {q.max():.4f}, p* = {p_star:.4f}"
)
# > dual optimum mu* = 2.00, q(mu*) = 1.0000, p* = 1.0000
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

fig, ax = plt.subplots(figsize=(6, 4))
ax.plot(mus, q, color="tab:blue", lw=2, label="dual function $q(\\mu)$")
ax.axhline(p_star, color="tab:red", ls="--", label="primal optimum $p^*$")
ax.plot(
    best,
    q.max(),
    "o",
    color="tab:green",
    ms=8,
    label="$\\mu^* = 2$: $q = p^*$",
)
ax.set(xlabel="multiplier $\\mu \\geq 0$", ylabel="value", ylim=(-1, 1.5))
ax.set_title("min $x^2$ s.t. $x \\geq 1$: the dual stays below $p^*$")
ax.legend(loc="lower center")
plt.show()
