import numpy as np

# 1000 embeddings of dimension 64 that mostly live in 8 directions, plus noise.
rng = np.random.default_rng(0)
E = rng.standard_normal((1000, 8)) @ rng.standard_normal((8, 64))
E += 0.1 * rng.standard_normal((1000, 64))

s = np.linalg.svd(E, compute_uv=False)
energy = np.cumsum(s**2) / np.sum(s**2)  # fraction of ||E||_F^2 kept by rank k
k = int(np.argmax(energy >= 0.99)) + 1
print(f"smallest k keeping 99% of the squared norm: {k}")
# > smallest k keeping 99% of the squared norm: 8
print(f"s_8 = {s[7]:.1f}, s_9 = {s[8]:.1f}")
# > s_8 = 149.6, s_9 = 3.9
print(f"relative error at k: {np.sqrt(1 - energy[k - 1]):.3f}")
# > relative error at k: 0.033
stored = k * (1000 + 64 + 1) / (1000 * 64)
print(f"storage: {stored:.1%} of the full matrix")
# > storage: 13.3% of the full matrix
