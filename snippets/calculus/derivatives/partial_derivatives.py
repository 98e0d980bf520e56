import numpy as np
import sympy as sp

x, y = sp.symbols("x y")
f = x**2 + 2 * x * y + y**2  # = (x + y)^2

# Differentiate in one variable, holding the other fixed.
df_dx = sp.diff(f, x)
df_dy = sp.diff(f, y)
print(f"df/dx = {df_dx}, df/dy = {df_dy}")
# > df/dx = 2*x + 2*y, df/dy = 2*x + 2*y

# A function whose partials differ, and its mixed second partials (they agree).
g = x**2 * y + sp.sin(y)
print(f"dg/dx = {sp.diff(g, x)}, dg/dy = {sp.diff(g, y)}")
# > dg/dx = 2*x*y, dg/dy = x**2 + cos(y)
print(sp.diff(g, x, y), "==", sp.diff(g, y, x))
# > 2*x == 2*x


# Numerically: nudge x alone, keep y where it is.
def g_num(x, y):
    return x**2 * y + np.sin(y)


h = 1e-6
x0, y0 = 1.5, 2.0
dg_dx = (g_num(x0 + h, y0) - g_num(x0 - h, y0)) / (2 * h)
dg_dy = (g_num(x0, y0 + h) - g_num(x0, y0 - h)) / (2 * h)
print(f"numeric:  dg/dx = {dg_dx:.6f}, dg/dy = {dg_dy:.6f}")
# > numeric:  dg/dx = 6.000000, dg/dy = 1.833853
print(f"symbolic: dg/dx = {2 * x0 * y0:.6f}, dg/dy = {x0**2 + np.cos(y0):.6f}")
# > symbolic: dg/dx = 6.000000, dg/dy = 1.833853
