import numpy as np


def classical_gram_schmidt(X):
    """Q of X = QR by the textbook loop, written with matrix products."""
    Q = np.zeros_like(X)
    for j in range(X.shape[1]):
        # Subtract from a_j its parts along q_1, ..., q_{j-1}, then normalise.
        u = X[:, j] - Q[:, :j] @ (Q[:, :j].T @ X[:, j])
        Q[:, j] = u / np.linalg.norm(u)
    return Q


def worst_cosine(Q):
    """Largest |q_i^T q_j| over i != j: 0 if the columns are orthonormal."""
    G = np.abs(Q.T @ Q)
    return (G - np.diag(np.diag(G))).max()


# Polynomial features 1, x, ..., x^11 of 100 points in [0, 1].
x = np.linspace(0, 1, 100)
X = np.vander(x, 12, increasing=True)
print(f"kappa(X) ~ 1e{np.log10(np.linalg.cond(X)):.0f}")
# > kappa(X) ~ 1e8

Q_gs = classical_gram_schmidt(X)
Q_hh, _ = np.linalg.qr(X)  # Householder reflections
print("Gram-Schmidt, some |cos| > 0.9:", worst_cosine(Q_gs) > 0.9)
# > Gram-Schmidt, some |cos| > 0.9: True
print("Householder, every |cos| < 1e-13:", worst_cosine(Q_hh) < 1e-13)
# > Householder, every |cos| < 1e-13: True
