# --8<-- [start:lesson]
import numpy as np
import sympy as sp

x, y = sp.symbols("x y")


def classify(eigenvalues, tol=1e-10):
    """Second-derivative test at a critical point, from Hessian eigenvalues."""
    if np.any(eigenvalues > tol) and np.any(eigenvalues < -tol):
        return "saddle point"
    if np.any(np.abs(eigenvalues) <= tol):
        return "inconclusive (a zero eigenvalue)"
    if np.all(eigenvalues > 0):
        return "strict local minimum"
    return "strict local maximum"


# The Hessian is the Jacobian of the gradient.
f = x**2 + 2 * x * y + y**2
grad_f = sp.Matrix([f]).jacobian([x, y]).T
H = grad_f.jacobian([x, y])
print(H, H == sp.hessian(f, (x, y)))
# > Matrix([[2, 2], [2, 2]]) True
eig = np.linalg.eigvalsh(np.array(H, dtype=float))  # symmetric: use eigvalsh
print(f"|lambda_1| < 1e-12: {abs(eig[0]) < 1e-12}, lambda_2 = {eig[1]:.4f}")
# > |lambda_1| < 1e-12: True, lambda_2 = 4.0000
print(classify(eig))
# > inconclusive (a zero eigenvalue)
# (x + y)^2 is zero on the whole line x = -y: a valley of minima.
print([int(f.subs({x: t, y: -t})) for t in (-2, 0, 3)])
# > [0, 0, 0]

# All entries positive is not "curving up": a negative eigenvalue here.
print(np.linalg.eigvalsh(np.array([[1.0, 2.0], [2.0, 1.0]])))
# > [-1.  3.]

# A bowl and a saddle, both with a critical point at the origin.
cases = {"bowl x² + y²": x**2 + y**2, "saddle x² − y²": x**2 - y**2}
for name, expr in cases.items():
    Hc = np.array(sp.hessian(expr, (x, y)), dtype=float)
    eig_c = np.linalg.eigvalsh(Hc)
    print(f"{name}: eigenvalues {eig_c}, {classify(eig_c)}")
# > bowl x² + y²: eigenvalues [2. 2.], strict local minimum
# > saddle x² − y²: eigenvalues [-2.  2.], saddle point
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

xs = np.linspace(-2, 2, 41)
XG, YG = np.meshgrid(xs, xs)
fig, axes = plt.subplots(1, 2, figsize=(8, 4))
for ax, (name, expr) in zip(axes, cases.items(), strict=True):
    Z = sp.lambdify((x, y), expr)(XG, YG)
    ax.contour(XG, YG, Z, levels=np.arange(-3.5, 4, 1.0), cmap="coolwarm")
    ax.plot(0, 0, "ko", ms=4)
    # The eigenvectors are the axes; label each with its eigenvalue.
    Hc = np.array(sp.hessian(expr, (x, y)), dtype=float)
    for axis in (0, 1):
        tip = np.eye(2)[axis] * 1.2
        ax.annotate(
            "",
            xy=tip,
            xytext=(0, 0),
            arrowprops={"arrowstyle": "->", "lw": 1.5},
        )
        label = f"λ = {Hc[axis, axis]:+.0f}".replace("-", "−")
        ax.text(*(tip + 0.08), label, ha="left", va="bottom")
    ax.set(
        aspect="equal",
        xlabel="x",
        ylabel="y",
        xticks=[-2, 0, 2],
        yticks=[-2, 0, 2],
    )
    ax.set_title(name)
fig.suptitle("Hessian eigenvalues at the origin (red: high, blue: low)")
fig.tight_layout()
plt.show()
