# --8<-- [start:lesson]
import numpy as np
import sympy as sp

# One variable: f(x) = x^3 - 2x, differentiated exactly.
x = sp.symbols("x")
f = x**3 - 2 * x
df = sp.diff(f, x)
print(f"f'(x) = {df}")
# > f'(x) = 3*x**2 - 2
print(f"f'(1) = {df.subs(x, 1)}")
# > f'(1) = 1

# The same slope from numbers alone: (f(x+h) - f(x-h)) / 2h.
f_num = sp.lambdify(x, f, "numpy")
h = 1e-5
slope = (f_num(1 + h) - f_num(1 - h)) / (2 * h)
print(f"central difference at x = 1: {slope:.8f}")
# > central difference at x = 1: 1.00000000

# Two variables: the gradient collects one derivative per variable.
x, y = sp.symbols("x y")
g = x**2 + 2 * x * y + y**2
gradient = [sp.diff(g, var) for var in (x, y)]
print(gradient)
# > [2*x + 2*y, 2*x + 2*y]
print([int(d.subs({x: 1, y: 2})) for d in gradient])
# > [6, 6]

# Check the gradient at (1, 2) numerically, one coordinate nudge at a time.
g_num = sp.lambdify([(x, y)], g, "numpy")
point = np.array([1.0, 2.0])
numeric = [
    (g_num(point + h * e) - g_num(point - h * e)) / (2 * h) for e in np.eye(2)
]
print(np.round(numeric, 6))
# > [6. 6.]

# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

# Picture: secant lines through (1, f(1)) tilt toward the tangent as h shrinks.
xs = np.linspace(-2, 2.5, 200)
fig, ax = plt.subplots(figsize=(6, 4))
ax.plot(xs, f_num(xs), label="$f(x) = x^3 - 2x$")
for step in [1.0, 0.5]:
    s = (f_num(1 + step) - f_num(1)) / step
    ax.plot(
        xs,
        f_num(1) + s * (xs - 1),
        "--",
        label=f"secant, h = {step}: slope {s:.2f}",
    )
ax.plot(xs, f_num(1) + 1.0 * (xs - 1), lw=2, label="tangent: slope f'(1) = 1")
ax.plot([1], [f_num(1)], "ko")
ax.set(
    xlabel="x",
    ylabel="f(x)",
    ylim=(-4, 8),
    title="The derivative is the tangent's slope",
)
ax.legend(loc="upper left")
plt.show()
