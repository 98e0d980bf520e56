import numpy as np
import sympy as sp

x, y = sp.symbols("x y")
for f in (x**2 + y**4, x**2 - y**4):
    H0 = np.array(sp.hessian(f, (x, y)).subs({x: 0, y: 0}), dtype=float)
    eig = np.linalg.eigvalsh(H0)
    # Step away from the origin along x, and along y (the zero-eigenvalue direction).
    along_x = float(f.subs({x: 0.5, y: 0}))
    along_y = float(f.subs({x: 0, y: 0.5}))
    print(
        f"{f}: eigenvalues {eig}, f(0.5, 0) = {along_x:.4f}, f(0, 0.5) = {along_y:.4f}"
    )
# > x**2 + y**4: eigenvalues [0. 2.], f(0.5, 0) = 0.2500, f(0, 0.5) = 0.0625
# > x**2 - y**4: eigenvalues [0. 2.], f(0.5, 0) = 0.2500, f(0, 0.5) = -0.0625
