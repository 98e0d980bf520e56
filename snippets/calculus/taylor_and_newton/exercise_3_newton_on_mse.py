import numpy as np

# The data of the worked example: 50 noisy points around y = 2x + 1.
rng = np.random.default_rng(0)
n = 50
x = rng.uniform(-1, 1, size=n)
y = 2 * x + 1 + rng.normal(scale=0.3, size=n)
X = np.column_stack(
    [x, np.ones(n)]
)  # rows (x_i, 1); parameters theta = (w, b)

theta = np.zeros(2)
gradient = 2 / n * X.T @ (X @ theta - y)
hessian = 2 / n * X.T @ X  # constant: the loss is exactly quadratic
theta_newton = theta - np.linalg.solve(hessian, gradient)  # one Newton step

theta_ls, *_ = np.linalg.lstsq(X, y, rcond=None)
print("one Newton step:", np.round(theta_newton, 4))
# > one Newton step: [2.0785 1.0057]
print("least squares:  ", np.round(theta_ls, 4))
# > least squares:   [2.0785 1.0057]
print(np.allclose(theta_newton, theta_ls, rtol=0, atol=1e-10))
# > True
