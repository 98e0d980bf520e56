import numpy as np
import sympy as sp

x, y = sp.symbols("x y")
f = x**2 + 2 * x * y + y**2
grad_f = sp.Matrix([sp.diff(f, x), sp.diff(f, y)])
g = np.array(grad_f.subs({x: 1, y: 2}), dtype=float).ravel()
print(f"gradient at (1, 2): {g}")
# > gradient at (1, 2): [6. 6.]


def f_num(p):
    return (p[0] + p[1]) ** 2


p = np.array([1.0, 2.0])
h = 1e-6
d = np.array([1.0, 1.0])  # any direction: the rate per unit of t along p + t d
u = d / np.linalg.norm(d)  # unit direction: the slope per unit of distance
for name, vec in [("d = (1, 1)", d), ("u = d / |d|", u)]:
    fd = (f_num(p + h * vec) - f_num(p - h * vec)) / (2 * h)
    print(f"{name}: grad f . d = {g @ vec:.4f}, central difference = {fd:.4f}")
# > d = (1, 1): grad f . d = 12.0000, central difference = 12.0000
# > u = d / |d|: grad f . d = 8.4853, central difference = 8.4853

# No unit direction is steeper than the gradient: D_u f = |grad f| cos(theta).
angles = np.deg2rad([0, 45, 90, 135, 180])
slopes = np.array([g @ np.array([np.cos(a), np.sin(a)]) for a in angles])
print("D_u f at 0, 45, 90, 180 degrees:", np.round(slopes[[0, 1, 2, 4]], 4))
# > D_u f at 0, 45, 90, 180 degrees: [ 6.      8.4853  6.     -6.    ]
print(f"|D_u f| at 135 degrees < 1e-12: {abs(slopes[3]) < 1e-12}")
# > |D_u f| at 135 degrees < 1e-12: True
print(f"|grad f| = {np.linalg.norm(g):.4f}")
# > |grad f| = 8.4853
