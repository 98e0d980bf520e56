import numpy as np
from scipy.integrate import quad


def spike(t):
    return np.exp(-(t**2) / (2 * 0.01**2))  # a bump of width 0.01 at 0


print(f"exact:      {0.01 * np.sqrt(2 * np.pi):.10f}")
# > exact:      0.0250662827
value, abs_error = quad(spike, -1000, 1000)
print(f"blind:      {value:.10f} (error estimate {abs_error:.1e})")
# > blind:      0.0000000000 (error estimate 0.0e+00)
value, abs_error = quad(spike, -1000, 1000, points=[-0.1, 0, 0.1])
print(f"told where: {value:.10f} (error estimate < 1e-9: {abs_error < 1e-9})")
# > told where: 0.0250662827 (error estimate < 1e-9: True)
