import numpy as np

rng = np.random.default_rng(0)
z = rng.standard_normal(5)
r = rng.standard_normal(5)  # the gradient arriving from above, dL/dp


def softmax(z):
    e = np.exp(z - z.max())  # the shift changes nothing, avoids overflow
    return e / e.sum()


p = softmax(z)
J = np.diag(p) - np.outer(p, p)  # Jacobian of softmax, symmetric
vjp = p * (r - r @ p)  # r^T J without forming J: O(K) instead of O(K^2)
print("r^T J == p * (r - r.p):", np.allclose(r @ J, vjp))
# > r^T J == p * (r - r.p): True

h = 1e-6
J_num = np.column_stack(
    [(softmax(z + h * e) - softmax(z - h * e)) / (2 * h) for e in np.eye(5)]
)
rel = np.linalg.norm(J_num - J) / np.linalg.norm(J)
print(f"Jacobian relative error < 1e-8: {rel < 1e-8}")
# > Jacobian relative error < 1e-8: True
print(f"rows of J sum to 0: {np.abs(J.sum(axis=1)).max() < 1e-15}")
# > rows of J sum to 0: True
