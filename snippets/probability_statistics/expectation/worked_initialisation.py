# --8<-- [start:lesson]
import numpy as np

rng = np.random.default_rng(0)
n, d = 1000, 256  # a batch of 1000 examples, layers of width 256
X = rng.normal(0.0, 1.0, size=(n, d))  # inputs with mean 0 and variance 1

# One layer Z = X W: Var(z_j) = d_in Var(W) E[x**2]. Var(W) = 1 / d_in, twice:
W_normal = rng.normal(0.0, np.sqrt(1 / d), size=(d, d))
u = np.sqrt(3 / d)  # U(-u, u) has variance u**2 / 3 = 1 / d_in
W_uniform = rng.uniform(-u, u, size=(d, d))
v_normal, v_uniform = (
    np.var(X @ W_normal, ddof=0),
    np.var(X @ W_uniform, ddof=0),
)
print(f"Var(z): normal {v_normal:.3f}, uniform {v_uniform:.3f}")
# > Var(z): normal 1.011, uniform 1.011


# Deep ReLU stack: E[relu(z)**2] = Var(z) / 2, so each layer multiplies
# the variance of z by d_in Var(W) / 2; He's Var(W) = 2 / d_in makes that 1.
def depth_profile(var_w, uniform, layers=20):
    inputs, profile = X, []
    for _ in range(layers):
        if uniform:
            u = np.sqrt(3 * var_w)
            W = rng.uniform(-u, u, size=(d, d))
        else:
            W = rng.normal(0.0, np.sqrt(var_w), size=(d, d))
        z = inputs @ W
        profile.append(np.var(z, ddof=0))
        inputs = np.maximum(z, 0.0)
    return np.array(profile)


schemes = {
    "Var(W) = 1/d_in": depth_profile(1 / d, uniform=False),
    "He normal, 2/d_in": depth_profile(2 / d, uniform=False),
    "He uniform, 2/d_in": depth_profile(2 / d, uniform=True),
}
print("Var(z) at layers 1, 10, 20:")
# > Var(z) at layers 1, 10, 20:
for name, profile in schemes.items():
    shown = ", ".join(f"{v:.2e}" for v in profile[[0, 9, 19]])
    print(f"  {name:19s} {shown}")
# >   Var(W) = 1/d_in     1.01e+00, 3.18e-03, 1.52e-06
# >   He normal, 2/d_in   2.01e+00, 1.69e+00, 1.12e+00
# >   He uniform, 2/d_in  2.01e+00, 3.22e+00, 3.27e+00
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

fig, ax = plt.subplots(figsize=(6, 4))
for (name, profile), style in zip(
    schemes.items(), ["-o", "-s", "--^"], strict=True
):
    ax.plot(np.arange(1, 21), profile, style, label=name, markersize=4)
ax.set(
    yscale="log",
    xlabel="layer",
    ylabel="variance of pre-activations z",
    title="Variance through 20 ReLU layers",
)
ax.legend()
plt.show()
