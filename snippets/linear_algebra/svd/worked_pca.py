# --8<-- [start:lesson]
import numpy as np

# 500 correlated 2-D points, sampled with a Cholesky factor of a covariance.
rng = np.random.default_rng(0)
Sigma = np.array([[3.0, 1.5], [1.5, 1.0]])
L = np.linalg.cholesky(Sigma)
X = rng.standard_normal(size=(500, 2)) @ L.T  # one example per row

# PCA: eigenvectors of the sample covariance matrix, largest eigenvalue first.
Xc = X - X.mean(axis=0)
Sigma_hat = Xc.T @ Xc / (len(X) - 1)
eigenvalues, eigenvectors = np.linalg.eigh(Sigma_hat)
order = np.argsort(eigenvalues)[::-1]
eigenvalues, eigenvectors = eigenvalues[order], eigenvectors[:, order]
print(np.round(eigenvalues, 4))
# > [3.6961 0.1848]
explained = eigenvalues[0] / eigenvalues.sum()
print(f"variance explained by the first component: {explained:.1%}")
# > variance explained by the first component: 95.2%

# Project onto the first principal component: 2-D points become 1-D.
z = Xc @ eigenvectors[:, 0]
print(z.shape, f"variance of z = {z.var(ddof=1):.4f}")
# > (500,) variance of z = 3.6961

# The SVD of the centred data gives the same variances, without Sigma_hat ...
_, s, Vt = np.linalg.svd(Xc, full_matrices=False)
print(np.round(s**2 / (len(X) - 1), 4))
# > [3.6961 0.1848]
# ... and the same directions up to sign: v_1 = q_1 or v_1 = -q_1.
v1, q1 = Vt[0], eigenvectors[:, 0]
print("same direction:", np.allclose(v1, q1) or np.allclose(v1, -q1))
# > same direction: True
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

fig, ax = plt.subplots(figsize=(6, 4.5))
ax.scatter(*Xc.T, s=6, alpha=0.4, color="tab:gray")
for i, color in enumerate(["tab:red", "tab:blue"]):
    # The axis from -2 to +2 standard deviations: a segment has no sign to fix.
    half = 2 * np.sqrt(eigenvalues[i]) * eigenvectors[:, i]
    ends = np.array([-half, half])
    ax.plot(*ends.T, color=color, lw=3, label=f"component {i + 1}, ±2 std")
ax.set(
    aspect="equal", xlabel="feature 1 (centred)", ylabel="feature 2 (centred)"
)
ax.set_title("Principal axes of a 2-D cloud")
ax.grid(alpha=0.3)
ax.legend(loc="upper left")
plt.show()
