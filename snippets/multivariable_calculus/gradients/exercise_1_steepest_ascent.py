import numpy as np
import sympy as sp

x, y = sp.symbols("x y")
f = x * sp.exp(y)
grad_f = sp.Matrix([sp.diff(f, x), sp.diff(f, y)])
print(grad_f.T)
# > Matrix([[exp(y), x*exp(y)]])
g = np.array(grad_f.subs({x: 2, y: 0}), dtype=float).ravel()
print(g)
# > [1. 2.]

ascent = g / np.linalg.norm(g)  # steepest ascent, unit length
print(f"steepest ascent u = {np.round(ascent, 4)}, rate = {g @ ascent:.4f}")
# > steepest ascent u = [0.4472 0.8944], rate = 2.2361
flat = np.array([g[1], -g[0]]) / np.linalg.norm(g)  # perpendicular to g
level_ok = abs(g @ flat) < 1e-12
print(f"level direction u = {np.round(flat, 4)}, |rate| < 1e-12: {level_ok}")
# > level direction u = [ 0.8944 -0.4472], |rate| < 1e-12: True

# Central-difference check of both rates.
f_num = sp.lambdify((x, y), f)
p, h = np.array([2.0, 0.0]), 1e-6
fd = [
    (f_num(*(p + h * u)) - f_num(*(p - h * u))) / (2 * h)
    for u in (ascent, flat)
]
print(f"ascent: {fd[0]:.4f}; level: |rate| < 1e-8: {abs(fd[1]) < 1e-8}")
# > ascent: 2.2361; level: |rate| < 1e-8: True
