# --8<-- [start:lesson]
import numpy as np

rng = np.random.default_rng(0)
W1, b1 = rng.standard_normal((3, 4)), rng.standard_normal(4)  # (d_in, d_out)
W2, b2 = rng.standard_normal((4, 2)), rng.standard_normal(2)


def g(x):  # R^3 -> R^4: a dense layer and tanh
    return np.tanh(W1.T @ x + b1)


def f(a):  # R^4 -> R^2: a dense layer
    return W2.T @ a + b2


def jacobian_fd(func, x, h=1e-6):
    """Central differences, one column (input direction) at a time."""
    return np.column_stack(
        [(func(x + h * e) - func(x - h * e)) / (2 * h) for e in np.eye(x.size)]
    )


x = np.array([0.5, -1.0, 2.0])
a = g(x)
J_g = (1 - a**2)[:, None] * W1.T  # diag(tanh') W1^T, shape (4, 3)
J_f = W2.T  # shape (2, 4)
# The chain rule: Jacobians multiply, the outer function's on the left.
J_chain = J_f @ J_g
J_num = jacobian_fd(lambda v: f(g(v)), x)
print(
    "shape",
    J_chain.shape,
    "relative error < 1e-8:",
    np.linalg.norm(J_chain - J_num) / np.linalg.norm(J_num) < 1e-8,
)
# > shape (2, 3) relative error < 1e-8: True

# A loss l = |y_hat - y|^2 / 2 on top: grad_x = J_g^T J_f^T (y_hat - y).
y = np.array([1.0, -1.0])  # the target
r = f(a) - y  # gradient of the loss at the output y_hat
# Right to left: a vector times each Jacobian, no Jacobian product formed.
vjp = ((r @ J_f) * (1 - a**2)) @ W1.T
print("gradient via VJPs:", np.round(vjp, 4))
# > gradient via VJPs: [-0.0207 -0.166   0.007 ]
print("same as J^T r:", np.allclose(vjp, J_chain.T @ r))
# > same as J^T r: True

# Cost for L layers of width d: Jacobian products vs vector-Jacobian products.
d, L = 1000, 10
print(f"multiply-adds, forming J: {L * d**3:.0e}; VJPs: {L * d**2:.0e}")
# > multiply-adds, forming J: 1e+10; VJPs: 1e+07
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

fig, ax = plt.subplots(figsize=(7, 3.5))
nodes = {"x": 0.0, "a": 3.0, "ŷ": 6.0, "ℓ": 9.0}
for name, pos in nodes.items():
    ax.text(
        pos,
        0,
        name,
        ha="center",
        va="center",
        fontsize=14,
        bbox={"boxstyle": "circle", "fc": "white", "ec": "black"},
    )
forward = [
    ("x", "a", "a = tanh(W₁ᵀx + b₁)"),
    ("a", "ŷ", "ŷ = W₂ᵀa + b₂"),
    ("ŷ", "ℓ", "ℓ = ½|ŷ − y|²"),
]
backward = [
    ("ℓ", "ŷ", "ŷ − y"),
    ("ŷ", "a", "W₂ (ŷ − y)"),
    ("a", "x", "W₁((1 − a²) ⊙ ∇ₐℓ)"),
]
for start, end, label in forward:
    x0, x1 = nodes[start] + 0.45, nodes[end] - 0.45
    ax.annotate(
        "",
        xy=(x1, 0.25),
        xytext=(x0, 0.25),
        arrowprops={"arrowstyle": "->", "color": "tab:blue", "lw": 2},
    )
    ax.text((x0 + x1) / 2, 0.45, label, ha="center", color="tab:blue")
for start, end, label in backward:
    x0, x1 = nodes[start] - 0.45, nodes[end] + 0.45
    ax.annotate(
        "",
        xy=(x1, -0.25),
        xytext=(x0, -0.25),
        arrowprops={"arrowstyle": "->", "color": "tab:red", "lw": 2},
    )
    ax.text((x0 + x1) / 2, -0.6, label, ha="center", color="tab:red")
ax.text(
    4.5, 1.0, "forward: values", ha="center", color="tab:blue", fontsize=12
)
ax.text(
    4.5,
    -1.05,
    "backward: gradients, one VJP per arrow",
    ha="center",
    color="tab:red",
    fontsize=12,
)
ax.set(xlim=(-0.8, 9.8), ylim=(-1.3, 1.3))
ax.axis("off")
plt.show()
