# --8<-- [start:lesson]
import numpy as np


def weighted_inner(u, v, weights):
    # <u, v> = sum_i gamma_i u_i v_i is an inner product if every gamma_i > 0
    return np.sum(weights * u * v)


u = np.array([1.0, 2.0])
v = np.array([2.0, -1.0])
weights = np.array([1.0, 4.0])
print(u @ v == 0)  # orthogonal for the dot product ...
# > True
# ... but not for the weighted inner product:
print(weighted_inner(u, v, weights))
# > -6.0

# Cauchy-Schwarz: |<u, v>| <= |u| |v|, so cos(theta) lies in [-1, 1].
rng = np.random.default_rng(0)
a, b = rng.normal(size=5), rng.normal(size=5)
cos_theta = a @ b / (np.linalg.norm(a) * np.linalg.norm(b))
print(
    f"cos(theta) = {cos_theta:.4f}, "
    f"theta = {np.degrees(np.arccos(cos_theta)):.2f}"
)
# > cos(theta) = 0.5730, theta = 55.04

# An orthonormal basis of R^2: the standard basis turned by 30 degrees.
t = np.radians(30)
q1 = np.array([np.cos(t), np.sin(t)])
q2 = np.array([-np.sin(t), np.cos(t)])
x = np.array([3.0, 1.0])
c = np.array([q1 @ x, q2 @ x])  # coordinates are just dot products
print(np.round(c, 4))
# > [ 3.0981 -0.634 ]
print(np.allclose(c[0] * q1 + c[1] * q2, x))  # x rebuilt from its coordinates
# > True
print(f"{np.linalg.norm(c):.4f} {np.linalg.norm(x):.4f}")  # lengths agree
# > 3.1623 3.1623

# Stack q1, q2 as the columns of Q: Q^T Q holds all their dot products.
Q = np.column_stack([q1, q2])
print(np.allclose(Q.T @ Q, np.eye(2)))
# > True
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

fig, ax = plt.subplots(figsize=(6, 4))
for vec, label, color in [
    (x, "x", "black"),
    (q1, "$q_1$", "tab:blue"),
    (q2, "$q_2$", "tab:red"),
]:
    ax.annotate(
        "",
        xy=vec,
        xytext=(0, 0),
        arrowprops={"arrowstyle": "->", "color": color, "lw": 2.5},
    )
    ax.plot([], [], color=color, lw=2.5, label=label)
for coef, q, color in [(c[0], q1, "tab:blue"), (c[1], q2, "tab:red")]:
    foot = coef * q  # the projection of x onto the line of q
    ax.plot([0, foot[0]], [0, foot[1]], color=color, lw=6, alpha=0.3)
    ax.plot([foot[0], x[0]], [foot[1], x[1]], ":", color="gray", lw=1.5)
ax.plot([], [], color="gray", lw=6, alpha=0.3, label="coordinate $q_i^T x$")
ax.set(
    xlim=(-1, 3.5),
    ylim=(-1, 2.5),
    aspect="equal",
    xlabel="$x_1$",
    ylabel="$x_2$",
    title="Coordinates in an orthonormal basis",
)
ax.grid(alpha=0.3)
ax.legend(loc="upper left", bbox_to_anchor=(1.02, 1))
plt.show()
