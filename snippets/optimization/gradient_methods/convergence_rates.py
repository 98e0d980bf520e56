# --8<-- [start:lesson]
import numpy as np

# f(w) = 1/2 sum_i lam_i w_i^2, lam_i = 1/i^2: L = 1, smallest curvature 1e-6.
lam = 1.0 / np.arange(1, 1001) ** 2
w0 = np.ones(1000)


def gaps(lam, steps):
    # Gradient descent, lr = 1/L: coordinate i shrinks by (1 - lam_i / L).
    L = lam.max()
    k = np.arange(steps + 1)[:, None]
    w = w0 * (1 - lam / L) ** k
    return 0.5 * (w**2 * lam).sum(axis=1)  # f(w_k) - f* (here f* = 0)


convex = gaps(lam, 1000)  # practically m = 0: only convex
strong = gaps(lam + 0.01, 1000)  # ridge-like term: m = 0.01, kappa about 100
m, L = 0.01, 1.01
print("f decreases at every step:", bool(np.all(np.diff(convex) < 0)))
# > f decreases at every step: True
for k in [10, 100, 1000]:
    bound_convex = 1.0 * (w0 @ w0) / (2 * k)  # L |w0 - w*|^2 / (2k)
    bound_strong = (1 - m / L) ** k * strong[0]
    print(
        f"k = {k:>4}: convex {convex[k]:.1e} <= {bound_convex:.1e}, "
        f"strongly convex {strong[k]:.1e} <= {bound_strong:.1e}"
    )
# > k =   10: convex 9.7e-02 <= 5.0e+01, strongly convex 4.1e+00 <= 5.3e+00
# > k =  100: convex 3.1e-02 <= 5.0e+00, strongly convex 6.7e-01 <= 2.2e+00
# > k = 1000: convex 9.4e-03 <= 5.0e-01, strongly convex 1.1e-08 <= 2.8e-04
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

k = np.arange(1, 1001)
fig, ax = plt.subplots(figsize=(6, 4))
ax.loglog(k, convex[1:], color="tab:blue", lw=2, label="convex: gap")
ax.loglog(
    k,
    (w0 @ w0) / (2 * k),
    "--",
    color="tab:blue",
    label="bound $L\\Vert\\mathbf{w}_0 - \\mathbf{w}^*\\Vert^2 / 2k$",
)
ax.loglog(
    k, strong[1:], color="tab:orange", lw=2, label="strongly convex: gap"
)
ax.loglog(
    k,
    (1 - 0.01 / 1.01) ** k * strong[0],
    "--",
    color="tab:orange",
    label="bound $(1 - 1/\\kappa)^k$",
)
ax.set(
    xlabel="iteration $k$", ylabel="$f(\\mathbf{w}_k) - f^*$", ylim=(1e-8, 1e3)
)
ax.set_title("Gradient descent with $\\eta = 1/L$")
ax.legend(loc="lower left")
plt.show()
