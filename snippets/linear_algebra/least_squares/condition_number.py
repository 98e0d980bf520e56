import numpy as np
from scipy.linalg import hilbert

# Features 1, x, ..., x^7 of 100 points in [0, 1]: nearly dependent columns.
x = np.linspace(0, 1, 100)
X = np.vander(x, 8, increasing=True)
kappa = np.linalg.cond(X)  # s_max / s_min
print(f"kappa(X) = {kappa:.3g}")
# > kappa(X) = 1.16e+05
kappa_normal = np.linalg.cond(X.T @ X)
print(f"kappa(X^T X) = {kappa_normal:.3g}, kappa(X)^2 = {kappa**2:.3g}")
# > kappa(X^T X) = 1.35e+10, kappa(X)^2 = 1.35e+10

# Targets made exactly from w = (1, ..., 1): how well is w recovered?
w_true = np.ones(8)
y = X @ w_true


def rel_error(w):
    return np.linalg.norm(w - w_true) / np.linalg.norm(w_true)


# Tolerances far from both methods' errors: the same True/False on any CPU.
for dtype, tol in [(np.float64, 1e-9), (np.float32, 1e-1)]:
    Xt, yt = X.astype(dtype), y.astype(dtype)
    w_lstsq, *_ = np.linalg.lstsq(Xt, yt)
    w_normal = np.linalg.solve(Xt.T @ Xt, Xt.T @ yt)
    print(f"{dtype.__name__}, machine epsilon {np.finfo(dtype).eps:.1e}:")
    print(
        f"  error < {tol:g}? lstsq {rel_error(w_lstsq) < tol},"
        f" normal equations {rel_error(w_normal) < tol}"
    )
# > float64, machine epsilon 2.2e-16:
# >   error < 1e-09? lstsq True, normal equations False
# > float32, machine epsilon 1.2e-07:
# >   error < 0.1? lstsq True, normal equations False

# solve versus inv on the Hilbert matrix H_ij = 1 / (i + j - 1), 10 x 10.
A = hilbert(10)
b = A @ np.ones(10)
print(f"kappa(A) = {np.linalg.cond(A):.1e}")
# > kappa(A) = 1.6e+13
for name, x_hat in [
    ("solve", np.linalg.solve(A, b)),
    ("inv", np.linalg.inv(A) @ b),
]:
    residual = np.linalg.norm(A @ x_hat - b) / (
        np.linalg.norm(A) * np.linalg.norm(x_hat)
    )
    print(f"{name}: relative residual < 1e-14: {residual < 1e-14}")
# > solve: relative residual < 1e-14: True
# > inv: relative residual < 1e-14: False
