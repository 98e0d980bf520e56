# --8<-- [start:lesson]
import numpy as np

rng = np.random.default_rng(0)
d, depth = 256, 50
x = rng.standard_normal(d)


def input_gradient_norms(scale):
    """Backpropagate a unit gradient through `depth` tanh layers."""
    Ws = [
        scale * rng.standard_normal((d, d)) / np.sqrt(d) for _ in range(depth)
    ]
    a, slopes = x, []
    for W in Ws:  # forward: a <- tanh(W^T a), keeping tanh'(z)
        a = np.tanh(W.T @ a)
        slopes.append(1 - a**2)
    g = np.ones(d) / np.sqrt(d)
    norms = [1.0]
    for W, slope in zip(reversed(Ws), reversed(slopes), strict=True):
        g = W @ (slope * g)  # VJP: J^T g with J = diag(tanh') W^T
        norms.append(np.linalg.norm(g))
    return np.array(norms), Ws, slopes


scales = [0.5, 1.0, 2.0, 3.0]
results = {s: input_gradient_norms(s) for s in scales}
for s in scales:
    print(
        f"weight scale {s}: |gradient| at the input = {results[s][0][-1]:.1e}"
    )
# > weight scale 0.5: |gradient| at the input = 5.1e-16
# > weight scale 1.0: |gradient| at the input = 7.8e-02
# > weight scale 2.0: |gradient| at the input = 1.3e+03
# > weight scale 3.0: |gradient| at the input = 1.8e+06

# The whole Jacobian of the 50 layers, for scale 1: a product of 50 matrices.
_, Ws, slopes = results[1.0]
P = np.eye(d)
for W, slope in zip(Ws, slopes, strict=True):
    P = (slope[:, None] * W.T) @ P
s_vals = np.linalg.svd(P, compute_uv=False)
small = np.median(s_vals) < 1e-6
print(f"scale 1.0: s_max = {s_vals[0]:.2f}, median s < 1e-6: {small}")
# > scale 1.0: s_max = 0.87, median s < 1e-6: True
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

fig, ax = plt.subplots(figsize=(6, 4))
for s in scales:
    ax.semilogy(results[s][0], label=f"weight scale {s}")
ax.axhline(1.0, color="tab:gray", lw=0.8)
ax.set(
    xlabel="layers backpropagated through",
    ylabel="gradient norm",
    title="Gradient norm through a 50-layer tanh network",
)
ax.legend()
plt.show()
