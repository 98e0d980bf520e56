import numpy as np

# 2x + y - z = 8,  -3x - y + 2z = -11,  -2x + y + 2z = -3
A = np.array([[2.0, 1.0, -1.0], [-3.0, -1.0, 2.0], [-2.0, 1.0, 2.0]])
y = np.array([8.0, -11.0, -3.0])
x = np.linalg.solve(A, y)
print(np.round(x, 10))
# > [ 2.  3. -1.]
print(np.allclose(A @ x, y))
# > True
