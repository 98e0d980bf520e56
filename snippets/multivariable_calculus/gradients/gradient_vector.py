# --8<-- [start:lesson]
import numpy as np
import sympy as sp

# Symbolic gradient: one partial derivative per variable.
x, y, z = sp.symbols("x y z")
f = x**2 + y**2 + z**2
grad_f = sp.Matrix([sp.diff(f, var) for var in (x, y, z)])
print(grad_f.T)
# > Matrix([[2*x, 2*y, 2*z]])
# Evaluate it at the point p = (1, 2, 3).
print(grad_f.subs({x: 1, y: 2, z: 3}).T)
# > Matrix([[2, 4, 6]])


# Numeric check: central differences, one coordinate at a time.
def f_num(v):
    return float(v @ v)


def numeric_gradient(func, v, h=1e-5):
    grad = np.zeros_like(v)
    for i in range(len(v)):
        e_i = np.zeros_like(v)
        e_i[i] = 1.0
        grad[i] = (func(v + h * e_i) - func(v - h * e_i)) / (2 * h)
    return grad


p = np.array([1.0, 2.0, 3.0])
exact = 2 * p
numeric = numeric_gradient(f_num, p)
rel_err = np.linalg.norm(numeric - exact) / np.linalg.norm(exact)
print(f"relative error < 1e-8: {rel_err < 1e-8}")
# > relative error < 1e-8: True


# A 2-D function we can draw: g(x, y) = x^2 + 3 y^2 has elliptical level sets.
def grad_g(x, y):
    return np.array([2 * x, 6 * y])


q = np.array([2.0, 1.0])
gq = grad_g(*q)
print(f"grad g(q) = {gq}, |grad g(q)| = {np.linalg.norm(gq):.4f}")
# > grad g(q) = [4. 6.], |grad g(q)| = 7.2111
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

u = np.array([1.0, 0.0])  # a unit direction
xs = np.linspace(-3, 3, 50)
XG, YG = np.meshgrid(xs, xs)
coarse = np.linspace(-2.4, 2.4, 7)
XC, YC = np.meshgrid(coarse, coarse)
GX, GY = grad_g(XC, YC)
fig, ax = plt.subplots(figsize=(6, 5))
ax.contour(
    XG, YG, XG**2 + 3 * YG**2, levels=[1, 3, 7, 12, 18], colors="tab:gray"
)
ax.plot([], [], color="tab:gray", label="level sets of g")
ax.quiver(XC, YC, GX, GY, color="tab:blue", alpha=0.5, angles="xy")
ax.plot([], [], color="tab:blue", alpha=0.5, label="gradient field")
for tip, color, label in [
    (q + gq / 5, "tab:red", "∇g(q), scaled by 1/5"),
    (q + u, "tab:green", "unit direction u"),
]:
    ax.annotate(
        "",
        xy=tip,
        xytext=q,
        arrowprops={"arrowstyle": "->", "color": color, "lw": 2},
    )
    ax.plot([], [], color=color, label=label)
ax.plot(*q, "ko", ms=4)
ax.set(aspect="equal", xlim=(-3, 3), ylim=(-3, 3), xlabel="x", ylabel="y")
ax.set(xticks=[-3, 0, 3], yticks=[-3, 0, 3])
ax.set_title("g = x² + 3y²: gradients cross level sets at right angles")
ax.legend(loc="lower left")
plt.show()
