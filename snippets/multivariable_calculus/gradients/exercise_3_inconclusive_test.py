import numpy as np
import sympy as sp

x, y, t = sp.symbols("x y t", real=True)
functions = {
    "x^2 + y^4": x**2 + y**4,
    "x^2 - y^4": x**2 - y**4,
    "(x - y^2)(x - 2y^2)": (x - y**2) * (x - 2 * y**2),
}
for name, f in functions.items():
    H0 = np.array(sp.hessian(f, (x, y)).subs({x: 0, y: 0}), dtype=float)
    print(f"{name}: Hessian at 0 {H0.tolist()}")
# > x^2 + y^4: Hessian at 0 [[2.0, 0.0], [0.0, 0.0]]
# > x^2 - y^4: Hessian at 0 [[2.0, 0.0], [0.0, 0.0]]
# > (x - y^2)(x - 2y^2): Hessian at 0 [[2.0, 0.0], [0.0, 0.0]]

# x^2 + y^4 is a sum of even powers of real numbers: >= 0 = f(0, 0).
print("x^2 + y^4 >= 0 for real x, y:", functions["x^2 + y^4"].is_nonnegative)
# > x^2 + y^4 >= 0 for real x, y: True

# x^2 - y^4 falls along the y-axis, the zero-eigenvalue direction.
print("x^2 - y^4 on the y-axis:", sp.expand(functions["x^2 - y^4"].subs(x, 0)))
# > x^2 - y^4 on the y-axis: -y**4

# The last one rises along every line through 0 (a, b fixed, t small) ...
a, b = sp.symbols("a b", real=True)
f = functions["(x - y^2)(x - 2y^2)"]
print("on the line (a t, b t):", sp.expand(f.subs({x: a * t, y: b * t})))
# > on the line (a t, b t): a**2*t**2 - 3*a*b**2*t**3 + 2*b**4*t**4
# ... yet falls on a parabola between the zero curves x = y^2 and x = 2y^2.
print(
    "on the parabola x = 3y^2/2:",
    sp.factor(f.subs(x, sp.Rational(3, 2) * y**2)),
)
# > on the parabola x = 3y^2/2: -y**4/4
