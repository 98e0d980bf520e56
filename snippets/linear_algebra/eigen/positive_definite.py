# --8<-- [start:lesson]
import numpy as np

Sigma = np.array([[4.0, 2.0], [2.0, 3.0]])  # a covariance matrix

# Test 1: symmetric Sigma is positive definite iff all eigenvalues are > 0.
print("eigenvalues:", np.round(np.linalg.eigvalsh(Sigma), 4))
# > eigenvalues: [1.4384 5.5616]

# Test 2: Sigma = L L^T (Cholesky) exists iff Sigma is positive definite.
L = np.linalg.cholesky(Sigma)  # lower triangular, positive diagonal
print(np.round(L, 4))
# > [[2.     0.    ]
# >  [1.     1.4142]]
print("L L^T = Sigma:", np.allclose(L @ L.T, Sigma))
# > L L^T = Sigma: True

# An indefinite matrix fails both tests, and some x gives x^T B x < 0.
B = np.array([[1.0, 2.0], [2.0, 1.0]])
print("eigenvalues of B:", np.round(np.linalg.eigvalsh(B), 4))
# > eigenvalues of B: [-1.  3.]
x = np.array([1.0, -1.0])
print(f"x^T B x = {x @ B @ x:.1f}")
# > x^T B x = -2.0
try:
    np.linalg.cholesky(B)
except np.linalg.LinAlgError as error:
    print("Cholesky of B:", error)
# > Cholesky of B: Matrix is not positive definite

# Sampling N(mu, Sigma): z with independent N(0, 1) entries, then mu + L z.
rng = np.random.default_rng(0)
mu = np.array([1.0, -1.0])
Z = rng.standard_normal(size=(100_000, 2))  # one sample z per row
samples = mu + Z @ L.T  # row i is (mu + L z_i)^T
print("sample mean:", np.round(samples.mean(axis=0), 2))
# > sample mean: [ 1. -1.]
print("sample covariance:")
# > sample covariance:
print(np.round(np.cov(samples, rowvar=False), 2))
# > [[4.02 1.99]
# >  [1.99 2.99]]
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

fig, axes = plt.subplots(1, 2, figsize=(7, 3.8), sharex=True, sharey=True)
t = np.linspace(0, 2 * np.pi, 200)
circle = np.vstack([np.cos(t), np.sin(t)])
for ax, points, curve, title in [
    (
        axes[0],
        Z[:1000],
        2 * circle,
        "$\\mathbf{z}$: independent $\\mathcal{N}(0, 1)$",
    ),
    (
        axes[1],
        samples[:1000],
        mu[:, None] + 2 * L @ circle,
        "$\\boldsymbol{\\mu} + L\\mathbf{z}$",
    ),
]:
    ax.scatter(*points.T, s=4, alpha=0.4, color="tab:blue")
    ax.plot(*curve, color="tab:red", lw=2)
    ax.set(
        aspect="equal",
        xlim=(-7, 8.5),
        ylim=(-7.5, 7),
        xlabel="first coordinate",
    )
    ax.set_title(title)
    ax.grid(alpha=0.3)
axes[0].set_ylabel("second coordinate")
axes[0].plot([], [], color="tab:red", lw=2, label="circle of radius 2")
axes[1].plot([], [], color="tab:red", lw=2, label="its image")
for ax in axes:
    ax.legend(loc="upper left")
plt.show()
