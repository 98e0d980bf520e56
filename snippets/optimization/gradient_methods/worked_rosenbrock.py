# --8<-- [start:lesson]
import numpy as np
from scipy.optimize import minimize, rosen, rosen_der, rosen_hess

x0 = np.array([-1.2, 1.0])
GTOL = 1e-5  # stop when every gradient entry is below this (BFGS's default)


def gradient_descent(x, lr, max_steps=100_000):
    path, g = [x], rosen_der(x)  # one gradient evaluation per step, reused
    while np.abs(g).max() >= GTOL and len(path) <= max_steps:
        x = x - lr * g
        g = rosen_der(x)
        path.append(x)
    return np.array(path)


gd = gradient_descent(x0, lr=1e-3)
for k in [10, 100, 1000, 10_000]:
    print(f"GD step {k:>6}: x = {np.round(gd[k], 4)}, f = {rosen(gd[k]):.2e}")
# > GD step     10: x = [-1.0214  1.0513], f = 4.09e+00
# > GD step    100: x = [-0.9482  0.9071], f = 3.80e+00
# > GD step   1000: x = [0.3273 0.104 ], f = 4.54e-01
# > GD step  10000: x = [0.9924 0.9847], f = 5.85e-05

paths = {
    "BFGS": [x0],
    "L-BFGS-B": [x0],
    "Newton-CG": [x0],
    "trust-exact": [x0],
}
results = {}
for method, path in paths.items():
    hess = rosen_hess if method in ("Newton-CG", "trust-exact") else None
    results[method] = minimize(
        rosen,
        x0,
        jac=rosen_der,
        hess=hess,
        method=method,
        callback=path.append,
    )

# Counts depend on the scipy version (here 1.17); their sizes do not.
row = "{:<12}{:>7}{:>12}{:>10}{:>18}"
print(
    row.format("method", "iters", "grad evals", "Hessians", "|x - x*| < 1e-4")
)
# > method        iters  grad evals  Hessians   |x - x*| < 1e-4
n = len(gd) - 1
print(
    row.format(
        "GD lr=1e-3", n, n + 1, 0, str(np.linalg.norm(gd[-1] - 1) < 1e-4)
    )
)
# > GD lr=1e-3    26033       26034         0              True
for method, r in results.items():
    err = str(np.linalg.norm(r.x - 1) < 1e-4)
    print(row.format(method, r.nit, r.njev, r.get("nhev", 0), err))
# > BFGS             32          39         0              True
# > L-BFGS-B         36          44         0              True
# > Newton-CG        83         105        83              True
# > trust-exact      25          23        26              True
ratio = (n + 1) / results["BFGS"].njev
print(f"GD needs about {ratio:.0f} times as many gradients as BFGS")
# > GD needs about 668 times as many gradients as BFGS
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

fig, ax = plt.subplots(figsize=(6, 4))
# Thin out the long gradient-descent path to 60 points on a log scale.
keep = np.unique(np.geomspace(1, n, 60).astype(int))
dist = np.linalg.norm(gd[keep] - 1, axis=1)
ax.loglog(keep, dist, label="gradient descent")
for method, path in paths.items():
    p = np.array(path)
    k = np.arange(1, len(p))
    ax.loglog(k, np.linalg.norm(p[1:] - 1, axis=1), ".-", ms=4, label=method)
ax.set(xlabel="iteration", ylabel="distance to (1, 1)")
ax.set_title("Rosenbrock from (-1.2, 1)")
ax.minorticks_off()
ax.legend(loc="lower left", bbox_to_anchor=(0.42, 0.0))
plt.show()
