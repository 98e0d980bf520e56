# --8<-- [start:lesson]
import numpy as np

# A discrete random variable X: values and probabilities.
values = np.array([-1.0, 0.5, 2.0])
p = np.array([0.2, 0.5, 0.3])
mean = p @ values
print(f"E[X] = {mean:.2f}")
# > E[X] = 0.65

# Convex f: f(E[X]) <= E[f(X)]; for f(x) = x^2 the gap is the variance.
for name, f in [("x^2", np.square), ("exp", np.exp)]:
    print(
        f"{name:>4}: f(E[X]) = {f(mean):.4f} <= E[f(X)] = {p @ f(values):.4f}"
    )
# >  x^2: f(E[X]) = 0.4225 <= E[f(X)] = 1.5250
# >  exp: f(E[X]) = 1.9155 <= E[f(X)] = 3.1147
print(f"variance = {p @ (values - mean) ** 2:.4f}")
# > variance = 1.1025

# Concave -log gives KL(p || q) = E_p[-log(q / p)] >= -log E_p[q / p] = 0.
q = np.array([0.5, 0.3, 0.2])
kl = p @ -np.log(q / p)
print(
    f"KL(p || q) = {kl:.4f} >= 0, "
    f"since E_p[q / p] = sum of q = {p @ (q / p):.1f}"
)
# > KL(p || q) = 0.1938 >= 0, since E_p[q / p] = sum of q = 1.0
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

fig, ax = plt.subplots(figsize=(6, 4))
xs = np.linspace(-1.5, 2.5, 200)
ax.plot(xs, np.exp(xs), color="tab:blue", lw=2, label="convex $f(x) = e^x$")
ax.plot(
    values,
    np.exp(values),
    "o",
    color="tab:gray",
    ms=7,
    label="$(x_i, f(x_i))$",
)
ax.plot(
    mean,
    p @ np.exp(values),
    "s",
    color="tab:red",
    ms=9,
    label="$(E[X], E[f(X)])$",
)
ax.plot(
    mean, np.exp(mean), "D", color="tab:green", ms=8, label="$(E[X], f(E[X]))$"
)
ax.vlines(
    mean, np.exp(mean), p @ np.exp(values), color="tab:red", ls=":", lw=2
)
ax.set(xlabel="$x$", ylabel="$f(x)$")
ax.set_title("Jensen: the average of f lies above f of the average")
ax.legend(loc="upper left")
plt.show()
