import numpy as np

rng = np.random.default_rng(0)
n, sigma2, reps = 5, 4.0, 200_000
samples = rng.normal(loc=0.0, scale=np.sqrt(sigma2), size=(reps, n))  # N(0, 4)

for ddof in [0, 1]:
    est = samples.var(axis=1, ddof=ddof)  # one variance estimate per sample
    bias = est.mean() - sigma2
    var = est.var(ddof=0)
    mse = np.mean((est - sigma2) ** 2)
    print(
        f"ddof={ddof}: bias {bias:+.2f}, variance {var:.2f}, MSE {mse:.2f}, "
        f"bias^2 + variance {bias**2 + var:.2f}"
    )
# > ddof=0: bias -0.79, variance 5.17, MSE 5.80, bias^2 + variance 5.80
# > ddof=1: bias +0.01, variance 8.08, MSE 8.08, bias^2 + variance 8.08

# Exact values for Gaussian data: bias -sigma^2/n and 0;
# variance 2(n-1)sigma^4/n^2 and 2 sigma^4/(n-1).
b0, v0 = -sigma2 / n, 2 * (n - 1) * sigma2**2 / n**2
v1 = 2 * sigma2**2 / (n - 1)
print(f"exact ddof=0: bias {b0:+.2f}, variance {v0:.2f}, MSE {b0**2 + v0:.2f}")
# > exact ddof=0: bias -0.80, variance 5.12, MSE 5.76
print(f"exact ddof=1: bias 0, variance {v1:.2f}, MSE {v1:.2f}")
# > exact ddof=1: bias 0, variance 8.00, MSE 8.00
