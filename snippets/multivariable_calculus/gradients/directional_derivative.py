import numpy as np
import sympy as sp

x, y = sp.symbols("x y")
f = x**2 + 2 * x * y + y**2
grad_f = sp.Matrix([sp.diff(f, x), sp.diff(f, y)])
g = np.array(grad_f.subs({x: 1, y: 2}), dtype=float).ravel()
print(f"gradient at (1, 2): {g}")
# > gradient at (1, 2): [6. 6.]

# The source's direction (1, 1) has length sqrt(2), so it is not a unit vector.
v = np.array([1.0, 1.0])
print(
    f"with v = (1, 1):      {g @ v:.4f}  (wrong: scaled by |v| = {np.linalg.norm(v):.4f})"
)
# > with v = (1, 1):      12.0000  (wrong: scaled by |v| = 1.4142)
u = v / np.linalg.norm(v)
print(f"with u = v / |v|:     {g @ u:.4f}")
# > with u = v / |v|:     8.4853


# Check: the slope of t -> f(p + t u) at t = 0, by a central difference.
def f_num(p):
    return (p[0] + p[1]) ** 2


p = np.array([1.0, 2.0])
h = 1e-6
slope = (f_num(p + h * u) - f_num(p - h * u)) / (2 * h)
print(f"finite difference:    {slope:.4f}")
# > finite difference:    8.4853

# No direction is steeper than the gradient: D_u f = |grad f| cos(theta) <= |grad f|.
angles = np.deg2rad([0, 45, 90, 135, 180])
slopes = [g @ np.array([np.cos(a), np.sin(a)]) for a in angles]
print("D_u f at 0, 45, 90, 135, 180 degrees:", np.round(slopes, 4))
# > D_u f at 0, 45, 90, 135, 180 degrees: [ 6.      8.4853  6.      0.     -6.    ]
print(f"|grad f| = {np.linalg.norm(g):.4f}")
# > |grad f| = 8.4853
