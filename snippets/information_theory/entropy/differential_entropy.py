# --8<-- [start:lesson]
import numpy as np
from scipy.integrate import quad
from scipy.stats import laplace, norm, uniform

# Three densities with mean 0 and variance 1.
a = np.sqrt(3)  # uniform on [-a, a]: variance (2a)^2 / 12 = 1
dists = {
    "Gaussian": norm(0, 1),
    "Laplace": laplace(0, 1 / np.sqrt(2)),  # scale b: variance 2 b^2 = 1
    "uniform": uniform(-a, 2 * a),  # scipy's uniform(loc, width)
}
for name, d in dists.items():
    print(f"{name:8s} var = {d.var():.4f}, H = {d.entropy():.4f} nats")
# > Gaussian var = 1.0000, H = 1.4189 nats
# > Laplace  var = 1.0000, H = 1.3466 nats
# > uniform  var = 1.0000, H = 1.2425 nats

# The Gaussian's entropy has a closed form: 0.5 log(2 pi e sigma^2).
print(f"0.5 log(2 pi e) = {0.5 * np.log(2 * np.pi * np.e):.4f} nats")
# > 0.5 log(2 pi e) = 1.4189 nats

# The same number from the definition -int p log p, by numerical integration.
H_quad, _ = quad(lambda x: -norm.pdf(x) * norm.logpdf(x), -np.inf, np.inf)
print(f"quad: {H_quad:.4f} nats")
# > quad: 1.4189 nats

# Differential entropy can be negative: a narrow Gaussian.
print(f"N(0, 0.1^2): H = {norm(0, 0.1).entropy():.4f} nats")
# > N(0, 0.1^2): H = -0.8836 nats
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

x = np.linspace(-4, 4, 801)
fig, ax = plt.subplots(figsize=(6, 4))
for (name, d), ls in zip(dists.items(), ["-", "--", ":"], strict=True):
    ax.plot(x, d.pdf(x), ls=ls, label=f"{name}: H = {d.entropy():.3f}")
ax.set(xlabel="$x$", ylabel="density $p(x)$", ylim=(0, 0.8))
ax.set_title("Variance 1 each: the Gaussian has the most entropy")
ax.grid(alpha=0.3)
ax.legend()
plt.show()
