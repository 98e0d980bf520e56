import numpy as np

A = np.array([[4.0, 1.0], [2.0, 3.0]])

# det(A - lambda I) = (4 - lambda)(3 - lambda) - 2 = lambda^2 - 7 lambda + 10.
print("roots:", np.sort(np.roots([1.0, -7.0, 10.0])))
# > roots: [2. 5.]
eigenvalues, V = np.linalg.eig(A)  # not symmetric: eig, and sort it ourselves
order = np.argsort(eigenvalues)
eigenvalues, V = eigenvalues[order], V[:, order]
print("eig:", np.round(eigenvalues, 4))
# > eig: [2. 5.]
print(f"trace = {np.trace(A):.1f}, det = {np.linalg.det(A):.1f}")
# > trace = 7.0, det = 10.0

# Check A v = lambda v; the eigenvectors are not orthogonal (A not symmetric).
for lam, v in zip(eigenvalues, V.T, strict=True):
    print(
        f"lambda = {lam:.0f}: A v = lambda v is {np.allclose(A @ v, lam * v)}"
    )
# > lambda = 2: A v = lambda v is True
# > lambda = 5: A v = lambda v is True
cosine = abs(V[:, 0] @ V[:, 1]) / (
    np.linalg.norm(V[:, 0]) * np.linalg.norm(V[:, 1])
)
print(f"|cos(angle)| between the eigenvectors = {cosine:.4f}")
# > |cos(angle)| between the eigenvectors = 0.3162
