# --8<-- [start:lesson]
import numpy as np
import sympy as sp

# y = sin(x^2) = f(g(x)), with inner g(x) = x^2 and outer f(u) = sin(u).
x = sp.symbols("x")
y = sp.sin(x**2)
print(sp.diff(y, x))  # f'(g(x)) * g'(x) = cos(x^2) * 2x
# > 2*x*cos(x**2)

# At x = 1, g stretches a nudge by g'(1) = 2, then f by f'(1) = cos 1.
x0 = 1.0
g_slope, f_slope = 2 * x0, np.cos(x0**2)
print(
    f"g'(1) = {g_slope:.4f}, f'(g(1)) = {f_slope:.4f}, "
    f"product = {g_slope * f_slope:.4f}"
)
# > g'(1) = 2.0000, f'(g(1)) = 0.5403, product = 1.0806

# The composite's slope from numbers alone: the product of the two slopes.
h = 1e-5
numeric = (np.sin((x0 + h) ** 2) - np.sin((x0 - h) ** 2)) / (2 * h)
print(f"central difference of sin(x^2) at 1: {numeric:.4f}")
# > central difference of sin(x^2) at 1: 1.0806
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

# Picture: an interval of x, its image under g, and that image under f.
step = 0.1
x_int = np.array([x0, x0 + step])
u_int = x_int**2
y_int = np.sin(u_int)
levels = {"x": 2.0, "u = g(x) = $x^2$": 1.0, "y = f(u) = sin u": 0.0}
fig, ax = plt.subplots(figsize=(6, 4))
for (name, level), interval in zip(
    levels.items(), [x_int, u_int, y_int], strict=True
):
    ax.axhline(level, color="black", lw=0.8)
    ax.plot(interval, [level, level], lw=6, solid_capstyle="butt")
    ax.text(0.52, level + 0.12, name)
    ax.text(interval[1] + 0.03, level - 0.28, f"length {np.ptp(interval):.3f}")
for top, bottom, top_level in [(x_int, u_int, 2.0), (u_int, y_int, 1.0)]:
    ax.fill(
        [top[0], top[1], bottom[1], bottom[0]],
        [top_level, top_level, top_level - 1, top_level - 1],
        alpha=0.2,
        color="tab:gray",
    )
ax.text(1.3, 1.5, f"× g'(1) = {g_slope:.0f}")
ax.text(1.3, 0.5, f"× f'(1) = {f_slope:.2f}")
ax.set(
    xlim=(0.5, 1.8), ylim=(-0.5, 2.5), yticks=[], xlabel="value on each line"
)
ax.set_title("Chain rule: the stretch factors multiply")
plt.show()
