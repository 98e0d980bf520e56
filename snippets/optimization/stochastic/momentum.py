# --8<-- [start:lesson]
import numpy as np

# f(w) = 1/2 (w1^2 + 100 w2^2): m = 1, L = 100, kappa = 100.
curv = np.array([1.0, 100.0])
m, L = curv.min(), curv.max()
kappa = L / m


def grad(w):
    return curv * w


def run(update, tol=1e-6, max_steps=10_000):
    w, v, errors = np.array([1.0, 1.0]), np.zeros(2), []
    while np.linalg.norm(w) > tol and len(errors) < max_steps:
        w, v = update(w, v)
        errors.append(np.linalg.norm(w))
    return np.array(errors)


def gd(w, v):
    return w - grad(w) / L, v


b_hb = ((np.sqrt(kappa) - 1) / (np.sqrt(kappa) + 1)) ** 2  # tuned heavy ball
lr_hb = 4 / (np.sqrt(L) + np.sqrt(m)) ** 2


def heavy_ball(w, v):
    v = b_hb * v - lr_hb * grad(w)
    return w + v, v


b_nag = (np.sqrt(kappa) - 1) / (np.sqrt(kappa) + 1)


def nesterov(w, v):
    v = b_nag * v - grad(w + b_nag * v) / L  # gradient at the look-ahead point
    return w + v, v


runs = {"gradient descent": gd, "heavy ball": heavy_ball, "Nesterov": nesterov}
errors = {name: run(update) for name, update in runs.items()}
for name, e in errors.items():
    print(f"{name:<17} steps to |w| < 1e-6: {len(e)}")
# > gradient descent  steps to |w| < 1e-6: 1375
# > heavy ball        steps to |w| < 1e-6: 95
# > Nesterov          steps to |w| < 1e-6: 158
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

fig, ax = plt.subplots(figsize=(6, 4))
for name, e in errors.items():
    ax.semilogy(np.arange(1, len(e) + 1), e, lw=2, label=name)
ax.set(
    xlabel="step $k$",
    ylabel="$\\Vert \\mathbf{w}_k - \\mathbf{w}^* \\Vert$",
    xlim=(0, 400),
)
ax.set_title("Quadratic with $\\kappa = 100$")
ax.legend(loc="upper right")
plt.show()
