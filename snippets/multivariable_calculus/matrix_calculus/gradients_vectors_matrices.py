import numpy as np

rng = np.random.default_rng(0)


def numeric_gradient(f, M, h=1e-6):
    """Central differences, entry by entry: the result has the shape of M."""
    G = np.zeros_like(M)
    for idx in np.ndindex(M.shape):
        E = np.zeros_like(M)
        E[idx] = h
        G[idx] = (f(M + E) - f(M - E)) / (2 * h)
    return G


def check(name, f, M, formula):
    G = numeric_gradient(f, M)
    rel = np.linalg.norm(G - formula) / np.linalg.norm(formula)
    print(f"{name}: shape {G.shape}, relative error < 1e-7: {rel < 1e-7}")


a, x = rng.standard_normal(3), rng.standard_normal(3)
A = rng.standard_normal((3, 3))  # not symmetric
check("a^T x", lambda v: a @ v, x, a)
# > a^T x: shape (3,), relative error < 1e-7: True
check("x^T A x", lambda v: v @ A @ v, x, (A + A.T) @ x)
# > x^T A x: shape (3,), relative error < 1e-7: True

A2 = rng.standard_normal((2, 4))  # A in R^{q x p} for M in R^{p x q}
M = rng.standard_normal((4, 2))
check("tr(A M)", lambda V: np.trace(A2 @ V), M, A2.T)
# > tr(A M): shape (4, 2), relative error < 1e-7: True

M = rng.standard_normal((3, 3)) + 3 * np.eye(3)  # det M > 0
print(f"det M = {np.linalg.det(M):.4f}")
# > det M = 43.9745
check("log det M", lambda V: np.log(np.linalg.det(V)), M, np.linalg.inv(M).T)
# > log det M: shape (3, 3), relative error < 1e-7: True

# A dense layer Z = X W with a loss whose gradient at Z is G: grad_W = X^T G.
X, W = rng.standard_normal((5, 3)), rng.standard_normal((3, 2))
G = rng.standard_normal((5, 2))
check("sum(G * XW)", lambda M: np.sum(G * (X @ M)), W, X.T @ G)
# > sum(G * XW): shape (3, 2), relative error < 1e-7: True
