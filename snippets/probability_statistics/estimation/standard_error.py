import numpy as np
from scipy import stats

rng = np.random.default_rng(0)
mu, sigma, n = 10.0, 2.0, 10

# One sample: its mean, the plug-in SE s / sqrt(n), a 95% t-interval.
x = rng.normal(mu, sigma, size=n)
x_bar, s = x.mean(), x.std(ddof=1)
se = s / np.sqrt(n)
t = stats.t.ppf(0.975, df=n - 1)
print(f"mean = {x_bar:.3f}, s = {s:.3f}, SE = {se:.3f}, t = {t:.3f}")
# > mean = 10.169, s = 1.563, SE = 0.494, t = 2.262
print(f"95% interval: [{x_bar - t * se:.3f}, {x_bar + t * se:.3f}]")
# > 95% interval: [9.051, 11.287]

# Coverage: how often does the interval contain mu over 20000 repeated samples?
# Exact coverage of mean +- c * SE for Gaussian data: P(|T| <= c), T ~ t(n-1).
reps = 20_000
xs = rng.normal(mu, sigma, size=(reps, n))
means, ses = xs.mean(axis=1), xs.std(axis=1, ddof=1) / np.sqrt(n)
for name, c in [("t quantile", t), ("1.96 (normal)", stats.norm.ppf(0.975))]:
    hits = int(np.sum(np.abs(means - mu) <= c * ses))
    exact = 2 * stats.t.cdf(c, df=n - 1) - 1
    print(
        f"coverage with {name}: {hits}/{reps} = {hits / reps:.5f} "
        f"(exact {exact:.3f})"
    )
# > coverage with t quantile: 19018/20000 = 0.95090 (exact 0.950)
# > coverage with 1.96 (normal): 18411/20000 = 0.92055 (exact 0.918)
