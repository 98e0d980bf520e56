import matplotlib.pyplot as plt
import numpy as np
import sympy as sp

# Symbolic gradient: one partial derivative per variable.
x, y, z = sp.symbols("x y z")
f = x**2 + y**2 + z**2
grad_f = sp.Matrix([sp.diff(f, var) for var in (x, y, z)])
print(grad_f.T)
# > Matrix([[2*x, 2*y, 2*z]])
# Evaluate it at the point p = (1, 2, 3).
point = {x: 1, y: 2, z: 3}
print(grad_f.subs(point).T)
# > Matrix([[2, 4, 6]])


# Numeric check: central differences, one coordinate at a time.
def f_num(v):
    return float(v @ v)


def numeric_gradient(func, v, h=1e-5):
    grad = np.zeros_like(v)
    for i in range(len(v)):
        step = np.zeros_like(v)
        step[i] = h
        grad[i] = (func(v + step) - func(v - step)) / (2 * h)
    return grad


p = np.array([1.0, 2.0, 3.0])
numeric = numeric_gradient(f_num, p)
print(np.round(numeric, 6))
# > [2. 4. 6.]
print(np.allclose(numeric, [2, 4, 6]))
# > True


# A 2-D function we can draw: g(x, y) = x^2 + 3 y^2 has elliptical level sets.
def grad_g(x, y):
    return np.array([2 * x, 6 * y])


q = np.array([2.0, 1.0])
gq = grad_g(*q)
u = np.array([1.0, 0.0])  # a unit direction
print(
    f"grad g(q) = {gq}, |grad g(q)| = {np.linalg.norm(gq):.4f}, D_u g(q) = {gq @ u:.4f}"
)
# > grad g(q) = [4. 6.], |grad g(q)| = 7.2111, D_u g(q) = 4.0000

xs = np.linspace(-3, 3, 50)
X, Y = np.meshgrid(xs, xs)
coarse = np.linspace(-2.4, 2.4, 7)
XC, YC = np.meshgrid(coarse, coarse)
GX, GY = grad_g(XC, YC)
fig, ax = plt.subplots(figsize=(6, 5))
ax.contour(X, Y, X**2 + 3 * Y**2, levels=[1, 3, 7, 12, 18], colors="tab:gray")
ax.plot([], [], color="tab:gray", label="level sets g = 1, 3, 7, 12, 18")
ax.quiver(XC, YC, GX, GY, color="tab:blue", alpha=0.5, angles="xy")
ax.plot([], [], color="tab:blue", alpha=0.5, label="gradient field")
ax.annotate(
    "",
    xy=q + gq / 5,
    xytext=q,
    arrowprops={"arrowstyle": "->", "color": "tab:red", "lw": 2},
)
ax.plot([], [], color="tab:red", label="gradient at q (scaled by 1/5)")
ax.annotate(
    "",
    xy=q + u,
    xytext=q,
    arrowprops={"arrowstyle": "->", "color": "tab:green", "lw": 2},
)
ax.plot([], [], color="tab:green", label="unit direction u")
ax.plot(*q, "ko", ms=4)
ax.set(aspect="equal", xlim=(-3, 3), ylim=(-3, 3), xlabel="x", ylabel="y")
ax.set(xticks=[-3, 0, 3], yticks=[-3, 0, 3])
ax.set_title("Level sets of g = x² + 3y² and its gradient field")
ax.legend(loc="lower left", fontsize=8)
plt.show()
