import numpy as np
from scipy.optimize import minimize

# Target p = N(0, Sigma) with strongly correlated coordinates.
Sigma = np.array([[1.0, 0.9], [0.9, 1.0]])
prec = np.linalg.inv(Sigma)  # the precision matrix Sigma^-1


def kl_q_p(log_var):
    """KL(q || p) for a factorised q = N(0, diag(exp(log_var)))."""
    var = np.exp(log_var)
    return 0.5 * (
        np.sum(np.diag(prec) * var)
        - 2
        + np.log(np.linalg.det(Sigma))
        - np.sum(log_var)
    )


res = minimize(kl_q_p, x0=np.zeros(2), method="BFGS")
print(f"best factorised q: variances {np.round(np.exp(res.x), 3)}")
# > best factorised q: variances [0.19 0.19]
print(f"true marginal variances: {np.diag(Sigma)}")
# > true marginal variances: [1. 1.]
