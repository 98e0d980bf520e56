# --8<-- [start:lesson]
import numpy as np
import sympy as sp

# f(x, y) = (x^2 - y^2, 2xy): a nonlinear map from R^2 to R^2.
x, y = sp.symbols("x y")
F = sp.Matrix([x**2 - y**2, 2 * x * y])
J = F.jacobian([x, y])  # row i: the gradient of f_i, transposed
print(J)
# > Matrix([[2*x, -2*y], [2*y, 2*x]])
p = np.array([1.0, 0.5])
Jp = np.array(J.subs({x: p[0], y: p[1]}), dtype=float)
print(Jp)
# > [[ 2. -1.]
# >  [ 1.  2.]]


def f(v):
    return np.array([v[0] ** 2 - v[1] ** 2, 2 * v[0] * v[1]])


# Column j of the Jacobian: the central difference along e_j.
h = 1e-6
J_num = np.column_stack(
    [(f(p + h * e) - f(p - h * e)) / (2 * h) for e in np.eye(2)]
)
rel = np.linalg.norm(J_num - Jp) / np.linalg.norm(Jp)
print(f"relative error < 1e-8: {rel < 1e-8}")
# > relative error < 1e-8: True

# f(p + t v) - f(p) - J t v shrinks like t^2: the error divided by t goes to 0.
v = np.array([0.6, -0.8])
for t in (0.1, 0.01, 0.001):
    err = np.linalg.norm(f(p + t * v) - f(p) - Jp @ (t * v))
    print(f"t = {t}: |error| / t = {err / t:.4f}")
# > t = 0.1: |error| / t = 0.1000
# > t = 0.01: |error| / t = 0.0100
# > t = 0.001: |error| / t = 0.0010

# Jacobian-vector product (how the output moves) and vector-Jacobian product.
r = np.array([0.0, 1.0])  # weights on the outputs
print("J v =", Jp @ v, "  r^T J =", r @ Jp)
# > J v = [ 2. -1.]   r^T J = [1. 2.]
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

fig, (ax_in, ax_out) = plt.subplots(1, 2, figsize=(8, 4))
s = np.linspace(-0.3, 0.3, 7)
fine = np.linspace(-0.3, 0.3, 61)
for c in s:
    for line in (
        np.column_stack([fine, np.full_like(fine, c)]),
        np.column_stack([np.full_like(fine, c), fine]),
    ):
        pts = p + line
        ax_in.plot(pts[:, 0], pts[:, 1], color="tab:gray", lw=1)
        curved = np.array([f(q) for q in pts])
        straight = f(p) + line @ Jp.T
        ax_out.plot(curved[:, 0], curved[:, 1], color="tab:blue", lw=1.5)
        ax_out.plot(
            straight[:, 0], straight[:, 1], color="tab:orange", lw=1, ls="--"
        )
ax_in.plot(*p, "ko")
ax_out.plot(*f(p), "ko")
ax_out.plot([], [], color="tab:blue", label="image under f")
ax_out.plot([], [], color="tab:orange", ls="--", label="f(p) + J(x − p)")
ax_in.set(
    aspect="equal", xlabel="x", ylabel="y", title="grid around p = (1, 0.5)"
)
ax_out.set(aspect="equal", xlabel="f₁", ylabel="f₂", title="its image")
fig.legend(loc="lower center", ncol=2)
fig.tight_layout(rect=(0, 0.08, 1, 1))
plt.show()
