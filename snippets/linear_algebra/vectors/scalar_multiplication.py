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
