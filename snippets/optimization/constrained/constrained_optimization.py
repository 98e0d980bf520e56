import matplotlib.pyplot as plt
import numpy as np
import sympy as sp

# min x^2 + y^2 subject to g(x, y) = x + y - 1 = 0
x, y, lam = sp.symbols("x y lambda", real=True)
f = x**2 + y**2
g = x + y - 1

# Stationary points of the Lagrangian: grad f = lambda grad g, and g = 0.
lagrangian = f - lam * g
equations = [sp.diff(lagrangian, v) for v in (x, y, lam)]
print(equations)
# > [-lambda + 2*x, -lambda + 2*y, -x - y + 1]
solution = sp.solve(equations, [x, y, lam], dict=True)
print(solution)
# > [{lambda: 1, x: 1/2, y: 1/2}]
s = solution[0]
print("f at the optimum:", f.subs(s))
# > f at the optimum: 1/2
grad_f = [sp.diff(f, v).subs(s) for v in (x, y)]
grad_g = [sp.diff(g, v).subs(s) for v in (x, y)]
print("grad f =", grad_f, " grad g =", grad_g)
# > grad f = [1, 1]  grad g = [1, 1]

fig, ax = plt.subplots(figsize=(6, 4))
X, Y = np.meshgrid(np.linspace(-0.5, 1.5, 100), np.linspace(-0.5, 1.5, 100))
ax.contour(
    X, Y, X**2 + Y**2, levels=[0.125, 0.5, 1.0, 2.0], colors="tab:gray", linewidths=0.8
)
ax.contour(X, Y, X**2 + Y**2, levels=[0.5], colors="tab:blue", linewidths=1.5)
t = np.array([-0.5, 1.5])
ax.plot(t, 1 - t, color="tab:orange", lw=2, label="constraint $x + y = 1$")
ax.plot(0.5, 0.5, "o", color="tab:red", ms=7, label="optimum (1/2, 1/2)")
arrow = {"arrowstyle": "->", "lw": 2}
ax.annotate(
    "", xy=(1.0, 1.0), xytext=(0.5, 0.5), arrowprops=arrow | {"color": "tab:blue"}
)
ax.annotate(
    "", xy=(0.75, 0.75), xytext=(0.5, 0.5), arrowprops=arrow | {"color": "tab:orange"}
)
ax.plot(
    [], [], color="tab:blue", label="$\\nabla f = (1, 1)$ and level curve $f = 1/2$"
)
ax.plot([], [], color="tab:orange", lw=1, label="$\\nabla g = (1, 1)$, scaled by 1/2")
ax.set(xlim=(-0.5, 1.5), ylim=(-0.5, 1.5), aspect="equal", xlabel="$x$", ylabel="$y$")
ax.set_title("The level curve of $x^2 + y^2$ touches the constraint")
ax.legend(loc="upper right", fontsize=7)
plt.show()
