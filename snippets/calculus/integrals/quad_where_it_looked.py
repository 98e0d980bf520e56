import numpy as np
from scipy.integrate import quad

seen = []  # every point at which quad evaluates the integrand


def spike(t):
    seen.append(t)
    return np.exp(-(t**2) / (2 * 0.01**2))


value, abs_error, info = quad(spike, -1000, 1000, full_output=True)
seen = np.array(seen)
print(f"evaluated at x = 0: {bool(np.any(seen == 0))}")
# > evaluated at x = 0: True
print(f"nearest other point: {np.min(np.abs(seen[seen != 0])):.2f}")
# > nearest other point: 2.17
last = info["last"]
intervals = zip(info["alist"][:last], info["blist"][:last], strict=True)
print("final subintervals:", [(float(a), float(b)) for a, b in intervals])
# > final subintervals: [(-1000.0, 0.0), (0.0, 1000.0)]
