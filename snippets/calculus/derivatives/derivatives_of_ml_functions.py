# --8<-- [start:lesson]
import numpy as np
import sympy as sp

x = sp.symbols("x")
sigmoid = 1 / (1 + sp.exp(-x))
for name, func in [
    ("exp", sp.exp(x)),
    ("log", sp.log(x)),
    ("sigmoid", sigmoid),
    ("tanh", sp.tanh(x)),
]:
    print(f"d/dx {name}: {sp.diff(func, x)}")
# > d/dx exp: exp(x)
# > d/dx log: 1/x
# > d/dx sigmoid: exp(-x)/(1 + exp(-x))**2
# > d/dx tanh: 1 - tanh(x)**2
# sympy's sigma' is sigma (1 - sigma) in disguise: the difference is 0.
print(sp.simplify(sp.diff(sigmoid, x) - sigmoid * (1 - sigmoid)) == 0)
# > True


def softmax(z):
    e = np.exp(
        z - z.max()
    )  # shifting by max(z) changes nothing (see the pitfall)
    return e / e.sum()


def log_sum_exp(z):
    return z.max() + np.log(np.sum(np.exp(z - z.max())))


# Softmax's matrix of partial derivatives ds_i/dz_j = s_i (delta_ij - s_j) ...
z = np.array([2.0, 1.0, -1.0])
s = softmax(z)
jacobian = np.diag(s) - np.outer(s, s)
print("softmax:", np.round(s, 4))
# > softmax: [0.7054 0.2595 0.0351]
print(np.round(jacobian, 4))
# > [[ 0.2078 -0.183  -0.0248]
# >  [-0.183   0.1922 -0.0091]
# >  [-0.0248 -0.0091  0.0339]]
# ... checked column by column with central differences.
h = 1e-6
numeric = np.column_stack(
    [(softmax(z + h * e) - softmax(z - h * e)) / (2 * h) for e in np.eye(3)]
)
print(np.allclose(jacobian, numeric, atol=1e-8))
# > True
# The gradient of log-sum-exp is the softmax.
grad_lse = [
    (log_sum_exp(z + h * e) - log_sum_exp(z - h * e)) / (2 * h)
    for e in np.eye(3)
]
print(np.allclose(grad_lse, s, atol=1e-8))
# > True
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

# Picture: sigmoid, tanh and their derivatives, which vanish for large |x|.
xs = np.linspace(-6, 6, 400)
sig = 1 / (1 + np.exp(-xs))
fig, ax = plt.subplots(figsize=(6, 4))
ax.plot(xs, sig, color="tab:blue", label="$\\sigma(x)$")
ax.plot(
    xs,
    sig * (1 - sig),
    "--",
    color="tab:blue",
    label="$\\sigma'(x)$, at most 1/4",
)
ax.plot(xs, np.tanh(xs), color="tab:orange", label="tanh(x)")
ax.plot(
    xs,
    1 - np.tanh(xs) ** 2,
    "--",
    color="tab:orange",
    label="tanh'(x), at most 1",
)
ax.axhline(0, color="black", lw=0.8)
ax.set(
    xlabel="x",
    ylim=(-1.1, 1.1),
    title="Saturating activations and their slopes",
)
ax.legend(loc="lower right")
plt.show()
