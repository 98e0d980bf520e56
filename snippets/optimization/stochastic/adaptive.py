# --8<-- [start:lesson]
import numpy as np


def adam(grad, w, lr=1e-2, b1=0.9, b2=0.999, eps=1e-8, steps=10, decay=0.0):
    v, s, path = np.zeros_like(w), np.zeros_like(w), [w]
    for k in range(1, steps + 1):
        g = grad(w)
        v = b1 * v + (1 - b1) * g  # first moment: running mean of g
        s = b2 * s + (1 - b2) * g**2  # second moment: running mean of g^2
        v_hat, s_hat = v / (1 - b1**k), s / (1 - b2**k)  # bias correction
        step = v_hat / (np.sqrt(s_hat) + eps)
        w = w - lr * (step + decay * w)  # decay > 0 makes it AdamW
        path.append(w)
    return np.array(path)


# Badly scaled gradients: Adam's step is about lr in every coordinate.
curv = np.array([1.0, 100.0])
path = adam(lambda w: curv * w, np.array([1.0, 1.0]))
print("first Adam step:", np.round(path[1] - path[0], 6))
# > first Adam step: [-0.01 -0.01]

# Multiplying the loss by 1000 leaves Adam's path unchanged (up to eps).
scaled = adam(lambda w: 1000 * curv * w, np.array([1.0, 1.0]))
print("same path for 1000 * loss:", np.allclose(path, scaled, atol=1e-6))
# > same path for 1000 * loss: True

# L2 penalty vs decoupled weight decay, per step, for w = (1, 1).
lr, alpha, eps = 1e-3, 1e-2, 1e-8
w, g = np.array([1.0, 1.0]), np.array([10.0, 0.01])  # typical loss gradients
print(
    "plain SGD, L2 = weight decay:",
    np.allclose(w - lr * (g + alpha * w), (1 - lr * alpha) * w - lr * g),
)
# > plain SGD, L2 = weight decay: True
# Adam + L2: the penalty's gradient joins g and is divided by sqrt(s) with it;
# with steady gradients s is about (g + alpha w)^2.
s = (g + alpha * w) ** 2
l2_shrink = lr * alpha * w / (np.sqrt(s) + eps)
print("Adam + L2 shrinks w by:", [f"{s:.1e}" for s in l2_shrink])
# > Adam + L2 shrinks w by: ['1.0e-06', '5.0e-04']
print("AdamW shrinks w by:    ", [f"{s:.1e}" for s in lr * alpha * w])
# > AdamW shrinks w by:     ['1.0e-05', '1.0e-05']
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

start = np.array([-4.0, 1.0])
adam_path = adam(lambda w: curv * w, start, lr=0.2, steps=40)
gd_path = [start]
for _ in range(40):
    gd_path.append(gd_path[-1] - 0.019 * curv * gd_path[-1])
gd_path = np.array(gd_path)

fig, ax = plt.subplots(figsize=(6, 4))
G = np.meshgrid(np.linspace(-4.5, 1, 200), np.linspace(-1.3, 1.3, 200))
ax.contour(
    *G,
    G[0] ** 2 + 100 * G[1] ** 2,
    levels=10,
    colors="tab:gray",
    linewidths=0.6,
)
ax.plot(gd_path[:, 0], gd_path[:, 1], "o-", ms=3, label="gradient descent")
ax.plot(adam_path[:, 0], adam_path[:, 1], "s-", ms=3, label="Adam")
ax.plot(0, 0, "*", color="tab:red", ms=12, label="minimum")
ax.set(xlabel="$w_1$", ylabel="$w_2$")
ax.set_title("40 steps on $\\frac{1}{2}(w_1^2 + 100 w_2^2)$")
ax.legend(loc="upper right")
plt.show()
