import numpy as np

u = np.array([1.0, 2.0, 3.0])
v = np.array([4.0, 5.0, 6.0])

print(u @ v)
# > 32.0
print(f"{float(np.dot(u, v)):.1f}")
# > 32.0
for x in range(2):
    print(x)
# > 0
# > 1
