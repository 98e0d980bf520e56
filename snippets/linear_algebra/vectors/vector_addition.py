# --8<-- [start:lesson]
import numpy as np

u = np.array([1.0, 2.0, 3.0])
v = np.array([4.0, 5.0, 6.0])
print(u + v)
# > [5. 7. 9.]
print(v + u)  # order does not matter: addition is commutative
# > [5. 7. 9.]
print(u + np.zeros(3))  # the zero vector changes nothing
# > [1. 2. 3.]
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

# In 2-D, a + b is the diagonal of the parallelogram spanned by a and b.
a, b = np.array([2.0, 1.0]), np.array([1.0, 2.5])
fig, ax = plt.subplots(figsize=(6, 4))
for start, vec, label, color, style in [
    ((0, 0), a, "a", "tab:blue", "-"),
    ((0, 0), b, "b", "tab:orange", "-"),
    (a, b, "b moved to the tip of a", "tab:orange", "--"),
    ((0, 0), a + b, "a + b", "tab:green", "-"),
]:
    ax.annotate(
        "",
        xy=np.add(start, vec),
        xytext=start,
        arrowprops={
            "arrowstyle": "->",
            "color": color,
            "lw": 2,
            "linestyle": style,
        },
    )
    ax.plot([], [], color=color, linestyle=style, label=label)
ax.set(
    xlim=(-0.5, 3.5),
    ylim=(-0.5, 4),
    aspect="equal",
    xlabel="$x_1$",
    ylabel="$x_2$",
    title="Vector addition",
)
ax.grid(alpha=0.3)
ax.legend(loc="upper left", bbox_to_anchor=(1.02, 1))  # beside the axes
plt.show()
