import numpy as np


def log_sum_exp(z):
    return z.max() + np.log(np.sum(np.exp(z - z.max())))


def loss(z, c):
    return log_sum_exp(z) - z[c]  # -log softmax(z)_c


z, c = np.array([2.0, 1.0, -1.0]), 1  # the correct class is 1
s = np.exp(z - log_sum_exp(z))  # softmax
analytic = s - np.eye(3)[c]
h = 1e-6
numeric = np.array(
    [(loss(z + h * e, c) - loss(z - h * e, c)) / (2 * h) for e in np.eye(3)]
)
print("softmax(z) - e_c:", np.round(analytic, 4))
# > softmax(z) - e_c: [ 0.7054 -0.7405  0.0351]
print("central diff.:   ", np.round(numeric, 4))
# > central diff.:    [ 0.7054 -0.7405  0.0351]
print(f"entries sum to zero (within 1e-12): {abs(analytic.sum()) < 1e-12}")
# > entries sum to zero (within 1e-12): True
