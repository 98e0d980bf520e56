import numpy as np

q1 = np.array([1.0, 1.0, 0.0]) / np.sqrt(2)
q2 = np.array([1.0, -1.0, 0.0]) / np.sqrt(2)
q3 = np.array([0.0, 0.0, 1.0])
basis = [q1, q2, q3]

# Orthonormal: q_i . q_j is 1 when i = j and 0 otherwise.
gram = np.array([[qi @ qj for qj in basis] for qi in basis])
print(np.allclose(gram, np.eye(3)))
# > True

x = np.array([2.0, 0.0, 3.0])
c = np.array([q @ x for q in basis])  # coordinates by dot products, no solving
print(np.round(c, 4))
# > [1.4142 1.4142 3.    ]
print(np.allclose(c[0] * q1 + c[1] * q2 + c[2] * q3, x))
# > True
print(np.isclose(np.linalg.norm(c), np.linalg.norm(x)))
# > True
