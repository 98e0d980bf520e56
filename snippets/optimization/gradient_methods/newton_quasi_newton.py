# --8<-- [start:lesson]
import numpy as np
from scipy.optimize import rosen, rosen_der, rosen_hess, rosen_hess_prod

# Pure Newton steps on Rosenbrock from the usual start.
x = np.array([-1.2, 1.0])
newton_path = [x]
for k in range(1, 7):
    x = x - np.linalg.solve(rosen_hess(x), rosen_der(x))
    newton_path.append(x)
    f, err = rosen(x), np.linalg.norm(x - 1)
    f_shown = f"f = {f:.3g}" if f > 1e-6 else "f < 1e-6"
    err_shown = f"{err:.1e}" if err > 1e-6 else "< 1e-6"
    print(f"Newton step {k}: {f_shown}, distance to (1, 1) {err_shown}")
# > Newton step 1: f = 4.73, distance to (1, 1) 2.2e+00
# > Newton step 2: f = 1.41e+03, distance to (1, 1) 4.2e+00
# > Newton step 3: f = 0.056, distance to (1, 1) 4.8e-01
# > Newton step 4: f = 0.313, distance to (1, 1) 5.6e-02
# > Newton step 5: f < 1e-6, distance to (1, 1) 9.6e-06
# > Newton step 6: f < 1e-6, distance to (1, 1) < 1e-6

# A Hessian-vector product costs about two gradients: no d x d matrix.
v, h = np.array([1.0, -2.0]), 1e-5
hv = (rosen_der(x + h * v) - rosen_der(x - h * v)) / (2 * h)
print("Hv from two gradients matches:", np.allclose(hv, rosen_hess_prod(x, v)))
# > Hv from two gradients matches: True

# BFGS on a quadratic f = 1/2 x^T A x - b^T x with exact line searches.
A = np.array([[4.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 2.0]])
b = np.array([1.0, 2.0, 3.0])
x, Hk = np.zeros(3), np.eye(3)  # Hk approximates the inverse Hessian
g = A @ x - b
for _ in range(3):
    d = -Hk @ g
    t = -(g @ d) / (d @ A @ d)  # exact minimiser along d (quadratic only)
    s = t * d
    x, g_new = x + s, A @ (x + s) - b
    u = g_new - g  # change of the gradient
    rho = 1.0 / (u @ s)  # u^T s > 0: the curvature condition
    V = np.eye(3) - rho * np.outer(s, u)
    Hk = V @ Hk @ V.T + rho * np.outer(s, s)  # BFGS update of the inverse
    g = g_new
print("after 3 steps x solves A x = b:", np.allclose(A @ x, b))
# > after 3 steps x solves A x = b: True
print("and H_3 equals the inverse Hessian:", np.allclose(Hk, np.linalg.inv(A)))
# > and H_3 equals the inverse Hessian: True
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson
from matplotlib.colors import LogNorm
from scipy.optimize import minimize

x0 = np.array([-1.2, 1.0])
bfgs_path = [x0]
minimize(rosen, x0, jac=rosen_der, method="BFGS", callback=bfgs_path.append)
gd_path = [x0]
for _ in range(2000):
    gd_path.append(gd_path[-1] - 1e-3 * rosen_der(gd_path[-1]))

fig, ax = plt.subplots(figsize=(6, 4))
X, Y = np.meshgrid(np.linspace(-2, 2, 200), np.linspace(-3.5, 3, 200))
Z = (1 - X) ** 2 + 100 * (Y - X**2) ** 2
ax.contour(
    X,
    Y,
    Z,
    levels=np.logspace(-1, 3.5, 10),
    norm=LogNorm(),
    colors="tab:gray",
    linewidths=0.6,
)
gd = np.array(gd_path)
ax.plot(
    gd[:, 0], gd[:, 1], lw=5, alpha=0.5, label="gradient descent, 2000 steps"
)
for path, style, label in [
    (bfgs_path, ".-", "BFGS"),
    (newton_path, "o-", "Newton"),
]:
    p = np.array(path)
    ax.plot(p[:, 0], p[:, 1], style, lw=1.5, ms=5, label=label)
ax.plot(1, 1, "*", color="tab:red", ms=14, label="minimum")
ax.set(xlim=(-2, 2), ylim=(-3.5, 3), xlabel="$x$", ylabel="$y$")
ax.set_title("Rosenbrock: Newton leaves the valley, then lands")
ax.legend(loc="lower left")
plt.show()
