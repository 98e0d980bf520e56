import numpy as np
from scipy.optimize import minimize, rosen, rosen_der, rosen_hess

# Curvature at the minimum: one stiff and one very flat direction.
eig = np.linalg.eigvalsh(rosen_hess(np.array([1.0, 1.0])))
print(f"Hessian eigenvalues at (1, 1): {eig[0]:.4f} and {eig[1]:.4f}")
# > Hessian eigenvalues at (1, 1): 0.3994 and 1001.6006
print(f"condition number: {eig[1] / eig[0]:.0f}")
# > condition number: 2508
print(f"largest stable fixed step there: 2/lambda_max = {2 / eig[1]:.6f}")
# > largest stable fixed step there: 2/lambda_max = 0.001997

# Newton-CG's iterates (the counts depend on the scipy version; here 1.17).
path = [np.array([-1.2, 1.0])]
minimize(
    rosen,
    path[0],
    jac=rosen_der,
    hess=rosen_hess,
    method="Newton-CG",
    callback=path.append,
)
path = np.array(path)
steps = np.diff(path, axis=0)
indefinite = first_negative = along_gradient = 0
for x, s in zip(path[:-1], steps, strict=True):
    g, hess = rosen_der(x), rosen_hess(x)
    indefinite += np.linalg.eigvalsh(hess)[0] < 0
    # Negative curvature along the first CG direction, -g?
    first_negative += g @ hess @ g < 0
    along_gradient += -g @ s / (np.linalg.norm(g) * np.linalg.norm(s)) > 0.9999
print(f"Newton-CG: {len(steps)} steps, Hessian indefinite at {indefinite}")
# > Newton-CG: 83 steps, Hessian indefinite at 42
print(f"negative curvature along the first CG direction -g: {first_negative}")
# > negative curvature along the first CG direction -g: 0
print(f"steps pointing along -gradient: {along_gradient}")
# > steps pointing along -gradient: 65
