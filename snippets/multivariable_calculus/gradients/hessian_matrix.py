import matplotlib.pyplot as plt
import numpy as np
import sympy as sp

x, y = sp.symbols("x y")


def classify(eigenvalues, tol=1e-10):
    """Second-derivative test at a critical point, from the Hessian's eigenvalues."""
    if np.any(eigenvalues > tol) and np.any(eigenvalues < -tol):
        return "saddle point"
    if np.any(np.abs(eigenvalues) <= tol):
        return "inconclusive (a zero eigenvalue)"
    if np.all(eigenvalues > 0):
        return "local minimum"
    return "local maximum"


# The source's example: its Hessian is constant and singular.
f = x**2 + 2 * x * y + y**2
H = sp.hessian(f, (x, y))
print(H)
# > Matrix([[2, 2], [2, 2]])
eig = np.linalg.eigvalsh(np.array(H, dtype=float))  # symmetric: use eigvalsh
eig = np.round(eig, 10) + 0.0  # clean -0.0 and round-off
print(eig, classify(eig))
# > [0. 4.] inconclusive (a zero eigenvalue)
# (x + y)^2 is zero on the whole line x = -y: a valley of minima, not a single one.
print([float(f.subs({x: t, y: -t})) for t in (-2, 0, 3)])
# > [0.0, 0.0, 0.0]

# All entries positive is not "curving up": this Hessian has a negative eigenvalue.
print(np.linalg.eigvalsh(np.array([[1.0, 2.0], [2.0, 1.0]])))
# > [-1.  3.]

# A bowl and a saddle, both with a critical point at the origin.
cases = {"bowl x² + y²": x**2 + y**2, "saddle x² − y²": x**2 - y**2}
for name, expr in cases.items():
    Hc = np.array(sp.hessian(expr, (x, y)), dtype=float)
    eig_c = np.linalg.eigvalsh(Hc)
    print(
        f"{name}: Hessian {Hc.astype(int).tolist()}, eigenvalues {eig_c}, {classify(eig_c)}"
    )
# > bowl x² + y²: Hessian [[2, 0], [0, 2]], eigenvalues [2. 2.], local minimum
# > saddle x² − y²: Hessian [[2, 0], [0, -2]], eigenvalues [-2.  2.], saddle point

xs = np.linspace(-2, 2, 41)
X, Y = np.meshgrid(xs, xs)
fig, axes = plt.subplots(1, 2, figsize=(8, 4))
for ax, (name, expr) in zip(axes, cases.items(), strict=True):
    Z = sp.lambdify((x, y), expr)(X, Y)
    ax.contour(X, Y, Z, levels=np.arange(-3.5, 4, 1.0), cmap="coolwarm")
    ax.plot(0, 0, "ko", ms=4)
    # Eigenvectors of these Hessians are the axes; label each with its eigenvalue.
    Hc = np.array(sp.hessian(expr, (x, y)), dtype=float)
    for axis in (0, 1):
        tip = np.eye(2)[axis] * 1.2
        ax.annotate(
            "", xy=tip, xytext=(0, 0), arrowprops={"arrowstyle": "->", "lw": 1.5}
        )
        label = f"λ = {Hc[axis, axis]:+.0f}".replace("-", "−")
        ax.text(*(tip + 0.08), label, fontsize=9, ha="left", va="bottom")
    ax.set(aspect="equal", xlabel="x", ylabel="y", xticks=[-2, 0, 2], yticks=[-2, 0, 2])
    ax.set_title(name)
fig.suptitle("Hessian eigenvalues at the origin (red: high, blue: low)")
fig.tight_layout()
plt.show()
