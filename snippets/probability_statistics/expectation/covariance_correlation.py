# --8<-- [start:lesson]
import numpy as np

rng = np.random.default_rng(0)
n = 2000
x = rng.uniform(-1, 1, n)  # symmetric around 0
y_line = 2 * x + rng.normal(0, 0.5, n)  # depends on x linearly
y_square = x**2  # a function of x: as dependent as can be

# Data matrix, one example per row; the covariance matrix of its three columns.
X = np.column_stack([x, y_line, y_square])
Xc = X - X.mean(axis=0)
S = Xc.T @ Xc / (n - 1)
print(np.round(S, 3))
# > [[ 0.338  0.675 -0.002]
# >  [ 0.675  1.595 -0.008]
# >  [-0.002 -0.008  0.09 ]]
print("same as np.cov:", np.allclose(S, np.cov(X, rowvar=False, ddof=1)))
# > same as np.cov: True
print(
    "symmetric:",
    np.allclose(S, S.T),
    " eigenvalues >= 0:",
    bool(np.all(np.linalg.eigvalsh(S) > -1e-12)),
)
# > symmetric: True  eigenvalues >= 0: True

# Correlation: covariance over both standard deviations, always in [-1, 1].
R = np.corrcoef(X, rowvar=False)
print(f"corr(x, 2x + noise) = {R[0, 1]:.3f}")
# > corr(x, 2x + noise) = 0.919
print(f"corr(x, x**2)       = {R[0, 2]:.3f}")
# > corr(x, x**2)       = -0.012

# Linear maps: Cov(A x) = A S A^T holds exactly for the sample covariance too.
A = np.array([[1.0, 1.0, 0.0], [0.0, 2.0, -1.0]])
print(
    "Cov(Ax) = A S A^T:",
    np.allclose(np.cov(X @ A.T, rowvar=False, ddof=1), A @ S @ A.T),
)
# > Cov(Ax) = A S A^T: True
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

show = slice(0, 300)  # 300 of the 2000 points, rasterized: a small SVG
fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(8, 3.8), sharex=True)
ax1.scatter(x[show], y_line[show], s=4, alpha=0.4, rasterized=True)
ax1.set(xlabel="x", ylabel="y", title=f"y = 2x + noise: r = {R[0, 1]:.2f}")
ax2.scatter(
    x[show],
    y_square[show],
    s=4,
    alpha=0.4,
    color="tab:orange",
    rasterized=True,
)
ax2.set(xlabel="x", title=f"y = x²: r = {R[0, 2]:.2f}")
fig.tight_layout()
plt.show()
