import numpy as np

n, correct = 1000, 870
p_hat = correct / n
se = np.sqrt(p_hat * (1 - p_hat) / n)  # plug-in SE of a mean of 0/1 values
print(f"accuracy = {p_hat:.3f}, SE = {se:.4f}")
# > accuracy = 0.870, SE = 0.0106
print(f"95% interval: [{p_hat - 1.96 * se:.3f}, {p_hat + 1.96 * se:.3f}]")
# > 95% interval: [0.849, 0.891]

# Bootstrap check: resample the 1000 right/wrong outcomes.
rng = np.random.default_rng(0)
outcomes = np.r_[np.ones(correct), np.zeros(n - correct)]
boot = rng.choice(outcomes, size=(10_000, n), replace=True).mean(axis=1)
print(f"bootstrap SE = {boot.std(ddof=1):.4f}")
# > bootstrap SE = 0.0107
