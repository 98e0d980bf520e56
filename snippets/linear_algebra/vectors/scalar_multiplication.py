import matplotlib.pyplot as plt
import numpy as np

v = np.array([1, 2, 3])
print(2 * v)
# > [2 4 6]
print(-0.5 * v)
# > [-0.5 -1.  -1.5]

# Scaling by c multiplies the length by |c|; a negative c also flips the direction.
print(f"|2v| / |v| = {np.linalg.norm(2 * v) / np.linalg.norm(v):.1f}")
# > |2v| / |v| = 2.0

w = np.array([2.0, 1.0])
fig, ax = plt.subplots(figsize=(5, 4))
for c, color in [(1, "tab:blue"), (2, "tab:green"), (-0.5, "tab:red")]:
    ax.annotate(
        "",
        xy=c * w,
        xytext=(0, 0),
        arrowprops={"arrowstyle": "->", "color": color, "lw": 2},
    )
    ax.plot([], [], color=color, label=f"{c:g} w")
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
