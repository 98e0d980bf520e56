import matplotlib.pyplot as plt
import numpy as np
from scipy.optimize import minimize, rosen, rosen_der, rosen_hess

x0 = np.array([-1.2, 1.0])
GTOL = 1e-5  # stop when every gradient entry is below this (BFGS's default)


def gradient_descent(x, lr, max_steps=100_000):
    path = [x]
    while np.abs(rosen_der(x)).max() >= GTOL and len(path) <= max_steps:
        x = x - lr * rosen_der(x)
        path.append(x)
    return np.array(path)


gd = gradient_descent(x0, lr=1e-3)
for k in [10, 100, 1000, 10_000]:
    print(f"GD step {k:>6}: x = {np.round(gd[k], 4)}, f = {rosen(gd[k]):.2e}")
# > GD step     10: x = [-1.0214  1.0513], f = 4.09e+00
# > GD step    100: x = [-0.9482  0.9071], f = 3.80e+00
# > GD step   1000: x = [0.3273 0.104 ], f = 4.54e-01
# > GD step  10000: x = [0.9924 0.9847], f = 5.85e-05

paths = {"BFGS": [x0], "Newton-CG": [x0], "trust-exact": [x0]}
results = {}
for method, path in paths.items():
    hess = None if method == "BFGS" else rosen_hess
    results[method] = minimize(
        rosen, x0, jac=rosen_der, hess=hess, method=method, callback=path.append
    )

row = "{:<12}{:>7}{:>9}{:>12}{:>10}{:>10}"
print(row.format("method", "iters", "f evals", "grad evals", "Hessians", "|x - x*|"))
# > method        iters  f evals  grad evals  Hessians  |x - x*|
n = len(gd) - 1
print(row.format("GD lr=1e-3", n, 0, n, 0, f"{np.linalg.norm(gd[-1] - 1):.1e}"))
# > GD lr=1e-3    26033        0       26033         0   2.8e-05
for method, r in results.items():
    err = f"{np.linalg.norm(r.x - 1):.1e}"
    print(row.format(method, r.nit, r.nfev, r.njev, r.get("nhev", 0), err))
# > BFGS             32       39          39         0   6.1e-08
# > Newton-CG        83      105         105        83   3.9e-05
# > trust-exact      25       26          23        26   1.3e-09

fig, ax = plt.subplots(figsize=(6, 4))
keep = np.unique(np.geomspace(1, n, 60).astype(int))  # thin out the long GD path
dist = np.linalg.norm(gd[keep] - 1, axis=1)
ax.loglog(keep, dist, label=f"gradient descent ({n} steps)")
for method, path in paths.items():
    p = np.array(path)
    k = np.arange(1, len(p))
    ax.loglog(k, np.linalg.norm(p[1:] - 1, axis=1), ".-", ms=4, label=method)
ax.set(xlabel="iteration", ylabel="distance to (1, 1)")
ax.set_title("Rosenbrock from (-1.2, 1)")
ax.minorticks_off()
ax.legend(loc="center left", fontsize=8)
plt.show()
