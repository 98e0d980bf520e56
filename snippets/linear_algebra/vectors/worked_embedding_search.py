import numpy as np

rng = np.random.default_rng(0)
n, d = 1000, 16
# Embeddings: random directions with lengths that vary by a factor of about 10.
directions = rng.normal(size=(n, d))
lengths = rng.uniform(0.5, 5.0, size=n)
E = (
    directions
    / np.linalg.norm(directions, axis=1, keepdims=True)
    * lengths[:, None]
)
query = E[0] + 0.3 * rng.normal(size=d)  # a noisy copy of item 0

# Three scores for every item (E @ query is one dot product per row of E).
dot = E @ query
cosine = dot / (np.linalg.norm(E, axis=1) * np.linalg.norm(query))
dist = np.linalg.norm(E - query, axis=1)  # Euclidean: smaller is closer

top = 5
print("dot     ", np.argsort(-dot)[:top])
# > dot      [979 600 170 879 799]
print("cosine  ", np.argsort(-cosine)[:top])
# > cosine   [  0 600 879 909 926]
print("distance", np.argsort(dist)[:top])
# > distance [  0 909 926 863 644]

# Where the dot product ranks item 0, the query's source (1 = best):
print(int(np.flatnonzero(np.argsort(-dot) == 0)[0]) + 1)
# > 44
# The dot product favours long vectors: mean length of its top 5 vs all items.
print(f"{lengths[np.argsort(-dot)[:top]].mean():.2f} vs {lengths.mean():.2f}")
# > 4.22 vs 2.75

# After scaling to unit length, distance ranks exactly as cosine does:
# |a - b|^2 = 2 - 2 cos(theta) for unit vectors a and b.
E_unit = E / np.linalg.norm(E, axis=1, keepdims=True)
q_unit = query / np.linalg.norm(query)
dist_unit = np.linalg.norm(E_unit - q_unit, axis=1)
print(np.array_equal(np.argsort(dist_unit)[:10], np.argsort(-cosine)[:10]))
# > True
print(np.allclose(dist_unit**2, 2 - 2 * cosine))
# > True
