# --8<-- [start:lesson]
import sympy as sp

# min x^2 + y^2 subject to h(x, y) = x + y - 1 = 0
x, y, nu = sp.symbols("x y nu", real=True)
f = x**2 + y**2
h = x + y - 1

# Stationary points of the Lagrangian f + nu h: grad f + nu grad h = 0, h = 0.
lagrangian = f + nu * h
equations = [sp.diff(lagrangian, v) for v in (x, y, nu)]
print(equations)
# > [nu + 2*x, nu + 2*y, x + y - 1]
solution = sp.solve(equations, [x, y, nu], dict=True)
print(solution)
# > [{nu: -1, x: 1/2, y: 1/2}]
s = solution[0]
print("f at the optimum:", f.subs(s))
# > f at the optimum: 1/2
grad_f = [sp.diff(f, v).subs(s) for v in (x, y)]
grad_h = [sp.diff(h, v).subs(s) for v in (x, y)]
print("grad f =", grad_f, " grad h =", grad_h)
# > grad f = [1, 1]  grad h = [1, 1]

# Sensitivity: with x + y = c the optimal value is c^2 / 2; its slope is -nu.
c = sp.symbols("c", real=True)
f_star = sp.Rational(1, 2) * c**2
print("d f*/dc at c = 1:", sp.diff(f_star, c).subs(c, 1), "= -nu")
# > d f*/dc at c = 1: 1 = -nu
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson
import numpy as np

fig, ax = plt.subplots(figsize=(6, 4))
X, Y = np.meshgrid(np.linspace(-0.5, 1.5, 100), np.linspace(-0.5, 1.5, 100))
ax.contour(
    X,
    Y,
    X**2 + Y**2,
    levels=[0.125, 1.0, 2.0],
    colors="tab:gray",
    linewidths=0.8,
)
ax.contour(X, Y, X**2 + Y**2, levels=[0.5], colors="tab:blue", linewidths=1.5)
t = np.array([-0.5, 1.5])
ax.plot(t, 1 - t, color="tab:orange", lw=2, label="$x + y = 1$")
ax.plot(0.5, 0.5, "o", color="tab:red", ms=7, label="optimum")
arrow = {"arrowstyle": "->", "lw": 2}
ax.annotate(
    "",
    xy=(1.0, 1.0),
    xytext=(0.5, 0.5),
    arrowprops=arrow | {"color": "tab:blue"},
)
ax.annotate(
    "",
    xy=(0.75, 0.75),
    xytext=(0.5, 0.5),
    arrowprops=arrow | {"color": "tab:orange"},
)
ax.plot([], [], color="tab:blue", label="$\\nabla f$, level $f = 1/2$")
ax.plot([], [], color="tab:orange", lw=1, label="$\\nabla h$ (half length)")
ax.set(xlim=(-0.5, 1.5), ylim=(-0.5, 1.5), aspect="equal")
ax.set(xlabel="$x$", ylabel="$y$")
ax.set_title("A level curve touches the constraint")
ax.legend(loc="center left", bbox_to_anchor=(1.0, 0.5))
plt.show()
