# --8<-- [start:lesson]
import numpy as np
import sympy as sp
from scipy.optimize import minimize

# min (x-2)^2 + (y-1)^2  s.t.  g = x + y - 2 <= 0,  h = x - 2y = 0
x, y, mu, nu = sp.symbols("x y mu nu", real=True)
f = (x - 2) ** 2 + (y - 1) ** 2
g = x + y - 2
h = x - 2 * y

# Guess g active (g = 0); solve stationarity and feasibility exactly.
lagr = f + mu * g + nu * h
kkt = [sp.diff(lagr, x), sp.diff(lagr, y), g, h]
sol = sp.solve(kkt, [x, y, mu, nu], dict=True)[0]
print(sol)
# > {mu: 10/9, nu: 2/9, x: 4/3, y: 2/3}
print("dual feasible (mu >= 0):", sol[mu] >= 0)
# > dual feasible (mu >= 0): True

# The problem is convex (f convex, g and h affine): KKT means global minimum.
res = minimize(
    lambda p: (p[0] - 2) ** 2 + (p[1] - 1) ** 2,
    x0=[0.0, 0.0],
    method="SLSQP",
    constraints=[
        {"type": "ineq", "fun": lambda p: -(p[0] + p[1] - 2)},
        {"type": "eq", "fun": lambda p: p[0] - 2 * p[1]},
    ],
)
print("SLSQP:", np.round(res.x, 4))
# > SLSQP: [1.3333 0.6667]

# Without a constraint qualification KKT can fail: min x s.t. x^2 <= 0.
t, m = sp.symbols("t mu", real=True)
print(
    "KKT points of min x s.t. x^2 <= 0:",
    sp.solve([1 + 2 * m * t, t**2], [t, m]),
)
# > KKT points of min x s.t. x^2 <= 0: []
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

xs = np.array([float(sol[x]), float(sol[y])])
fig, ax = plt.subplots(figsize=(6, 4))
G = np.meshgrid(np.linspace(-0.5, 3, 200), np.linspace(-0.5, 2, 200))
ax.contour(
    *G,
    (G[0] - 2) ** 2 + (G[1] - 1) ** 2,
    levels=[0.1, 5 / 9, 2],  # 5/9 = f at the KKT point
    colors="tab:gray",
    linewidths=0.7,
)
t = np.linspace(-0.5, 3, 2)
ax.fill_between(
    t,
    -0.5,
    2 - t,
    color="tab:blue",
    alpha=0.12,
    label="$g \\leq 0$: $x + y \\leq 2$",
)
ax.plot(t, t / 2, color="tab:green", lw=2, label="$h = 0$: $x = 2y$")
ax.plot(*xs, "o", color="tab:red", ms=8, label="KKT point (4/3, 2/3)")
ax.plot(2, 1, "*", color="tab:gray", ms=12, label="unconstrained minimum")
grad_f = 2 * (xs - np.array([2.0, 1.0]))
arrows = [  # (vector, colour, label, where to put the label)
    (-grad_f, "black", "$-\\nabla f$", (2.2, 0.8)),
    (
        float(sol[mu]) * np.array([1.0, 1.0]),
        "tab:blue",
        "$\\mu \\nabla g$",
        (2.5, 1.7),
    ),
    (
        float(sol[nu]) * np.array([1.0, -2.0]),
        "tab:green",
        "$\\nu \\nabla h$",
        (1.6, 0.1),
    ),
]
for vec, colour, label, where in arrows:
    ax.annotate(
        "",
        xy=xs + vec,
        xytext=xs,
        arrowprops={"arrowstyle": "->", "lw": 2, "color": colour},
    )
    ax.annotate(label, xy=where, color=colour, fontsize=12)
ax.set(
    xlim=(-0.5, 3), ylim=(-0.5, 2), aspect="equal", xlabel="$x$", ylabel="$y$"
)
ax.set_title("$-\\nabla f = \\mu \\nabla g + \\nu \\nabla h$ at the KKT point")
ax.legend(loc="upper left")
plt.show()
