import numpy as np

# Two perfectly correlated features: a covariance that is PSD but singular.
C = np.array([[1.0, 1.0], [1.0, 1.0]])
eigenvalues = np.linalg.eigvalsh(C)
print(
    f"eigenvalues: {eigenvalues[1]:.1f} and 0 "
    f"(|value| < 1e-12: {abs(eigenvalues[0]) < 1e-12})"
)
# > eigenvalues: 2.0 and 0 (|value| < 1e-12: True)
try:
    np.linalg.cholesky(C)
except np.linalg.LinAlgError as error:
    print("Cholesky:", error)
# > Cholesky: Matrix is not positive definite

# Adding a small "jitter" eps * I makes it positive definite.
L = np.linalg.cholesky(C + 1e-6 * np.eye(2))
print("with jitter:", np.allclose(L @ L.T, C, atol=1e-5))
# > with jitter: True
