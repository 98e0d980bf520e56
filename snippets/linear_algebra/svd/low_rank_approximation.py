# --8<-- [start:lesson]
import numpy as np

# A 64 x 64 grey-scale "image": shading, a disc, a square and a diagonal bar.
y, x = np.mgrid[-1:1:64j, -1:1:64j]
image = 0.5 + 0.3 * np.sin(3 * x) * np.cos(2 * y)
image += 0.8 * (x**2 + (y - 0.3) ** 2 < 0.2)
image -= 0.5 * ((np.abs(x + 0.4) < 0.25) & (np.abs(y + 0.5) < 0.25))
image += 0.6 * (np.abs(x - y - 0.9) < 0.08)

U, s, Vt = np.linalg.svd(image)
print("largest singular values:", np.round(s[:4], 1))
# > largest singular values: [43.8 10.7  7.2  4.8]


def rank_k(k):
    """Keep the k largest terms s_i u_i v_i^T of the SVD."""
    return U[:, :k] * s[:k] @ Vt[:k]


for k in [1, 5, 20]:
    error = np.linalg.norm(image - rank_k(k))  # Frobenius norm
    tail = np.sqrt(np.sum(s[k:] ** 2))  # Eckart-Young: the discarded s_i
    rel = error / np.linalg.norm(image)
    stored = k * (64 + 64 + 1) / 64**2
    print(
        f"k = {k:2d}: relative error {rel:.3f},"
        f" error = tail: {np.isclose(error, tail)}, storage {stored:.0%}"
    )
# > k =  1: relative error 0.343, error = tail: True, storage 3%
# > k =  5: relative error 0.157, error = tail: True, storage 16%
# > k = 20: relative error 0.050, error = tail: True, storage 63%

# In the spectral norm (largest stretch) the error is exactly s_{k+1}.
print(
    "||A - A_5||_2 = s_6:",
    np.isclose(np.linalg.norm(image - rank_k(5), 2), s[5]),
)
# > ||A - A_5||_2 = s_6: True
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

fig, axes = plt.subplots(2, 2, figsize=(6, 6.4))
panels = [(rank_k(k), f"rank {k}") for k in [1, 5, 20]] + [(image, "original")]
for ax, (picture, title) in zip(axes.flat, panels, strict=True):
    ax.imshow(picture, cmap="gray", vmin=-0.2, vmax=1.7)
    ax.set_title(title)
    ax.set_xticks([])
    ax.set_yticks([])
plt.show()
