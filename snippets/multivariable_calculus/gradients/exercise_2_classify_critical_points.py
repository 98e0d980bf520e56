import numpy as np
import sympy as sp

x, y = sp.symbols("x y")
f = x**3 - 3 * x + y**2
grad_f = [sp.diff(f, v) for v in (x, y)]
critical = sp.solve(grad_f, [x, y], dict=True)
H = sp.hessian(f, (x, y))
print(H)
# > Matrix([[6*x, 0], [0, 2]])

for point in critical:
    eig = np.linalg.eigvalsh(np.array(H.subs(point), dtype=float))
    if eig.min() < 0 < eig.max():
        kind = "saddle point"
    elif np.any(np.isclose(eig, 0)):
        kind = "inconclusive"
    elif eig.min() > 0:
        kind = "local minimum"
    else:
        kind = "local maximum"
    print(f"({point[x]}, {point[y]}): eigenvalues {eig}, {kind}")
# > (-1, 0): eigenvalues [-6.  2.], saddle point
# > (1, 0): eigenvalues [2. 6.], local minimum
