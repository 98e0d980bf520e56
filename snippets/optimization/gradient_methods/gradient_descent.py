# --8<-- [start:lesson]
import numpy as np

# f(w) = 1/2 w^T A w = 1/2 (w1^2 + 10 w2^2): curvatures 1 and 10.
A = np.diag([1.0, 10.0])  # the Hessian


def f(w):
    return 0.5 * w @ A @ w


def grad(w):
    return A @ w


def gradient_descent(w0, lr, steps):
    path = [np.array(w0, dtype=float)]
    for _ in range(steps):
        path.append(path[-1] - lr * grad(path[-1]))
    return np.array(path)


lam_max = np.linalg.eigvalsh(A).max()  # largest Hessian eigenvalue
print(f"lambda_max = {lam_max:.1f}, stable steps need lr < {2 / lam_max:.3f}")
# > lambda_max = 10.0, stable steps need lr < 0.200

w0 = [-9.0, 2.0]
for lr in [0.02, 0.1, 0.18, 0.21]:
    # Each eigen-direction is multiplied by 1 - lr * lambda_i per step.
    factors = np.abs(1 - lr * np.diag(A))
    path = gradient_descent(w0, lr, steps=50)
    print(
        f"lr = {lr:.2f}: factors {np.round(factors, 2)}, "
        f"f after 50 steps = {f(path[-1]):.3g}"
    )
# > lr = 0.02: factors [0.98 0.8 ], f after 50 steps = 5.37
# > lr = 0.10: factors [0.9 0. ], f after 50 steps = 0.00108
# > lr = 0.18: factors [0.82 0.8 ], f after 50 steps = 1.02e-07
# > lr = 0.21: factors [0.79 1.1 ], f after 50 steps = 2.76e+05
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

fig, ax = plt.subplots(figsize=(6, 4))
X, Y = np.meshgrid(np.linspace(-10, 2, 100), np.linspace(-3, 3, 100))
ax.contour(
    X,
    Y,
    0.5 * (X**2 + 10 * Y**2),
    levels=12,
    colors="tab:gray",
    linewidths=0.7,
)
for lr, style in [(0.02, "o-"), (0.18, "s-")]:
    path = gradient_descent(w0, lr, steps=15)
    ax.plot(path[:, 0], path[:, 1], style, ms=3, lw=1, label=f"lr = {lr}")
ax.plot(0, 0, "*", color="tab:red", ms=12, label="minimum")
ax.set(xlabel="$w_1$", ylabel="$w_2$", aspect="equal")
ax.set_title("15 gradient descent steps on $\\frac{1}{2}(w_1^2 + 10 w_2^2)$")
ax.legend(loc="upper right")
plt.show()
