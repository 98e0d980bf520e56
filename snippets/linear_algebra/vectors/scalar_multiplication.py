# --8<-- [start:lesson]
import numpy as np

v = np.array([1.0, 2.0, 3.0])
print(2 * v)
# > [2. 4. 6.]
print(-0.5 * v)
# > [-0.5 -1.  -1.5]

# A linear combination uses nothing but scaling and adding.
u = np.array([1.0, 0.0, -1.0])
print(2 * v - 3 * u)
# > [-1.  4.  9.]
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

w = np.array([2.0, 1.0])
fig, ax = plt.subplots(figsize=(6, 4))
# 2w is drawn wide and pale first, so w stays visible on top of it.
for c, color, lw, alpha in [
    (2, "tab:green", 7, 0.45),
    (1, "tab:blue", 2.5, 1.0),
    (-0.5, "tab:red", 2.5, 1.0),
]:
    ax.annotate(
        "",
        xy=c * w,
        xytext=(0, 0),
        arrowprops={
            "arrowstyle": "-|>",
            "mutation_scale": 25,
            "shrinkA": 0,
            "shrinkB": 0,
            "color": color,
            "lw": lw,
            "alpha": alpha,
        },
    )
    ax.plot([], [], color=color, lw=lw, alpha=alpha, label=f"{c:g} w")
ax.set(
    xlim=(-1.5, 4.5),
    ylim=(-1, 2.5),
    aspect="equal",
    xlabel="$x_1$",
    ylabel="$x_2$",
    title="Scalar multiplication",
)
ax.grid(alpha=0.3)
ax.legend(loc="upper left")
plt.show()
