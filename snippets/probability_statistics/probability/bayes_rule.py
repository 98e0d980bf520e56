# --8<-- [start:lesson]
import numpy as np

# A diagnostic test for a disease D that 1 % of the population has.
prior = 0.01  # P(D), the base rate
sensitivity = 0.90  # P(+ | D)
false_positive_rate = 0.05  # P(+ | not D)


def posterior(prior, sensitivity, false_positive_rate):
    """P(D | +) by Bayes' rule, with P(+) from the law of total probability."""
    evidence = sensitivity * prior + false_positive_rate * (1 - prior)
    return sensitivity * prior / evidence


evidence = sensitivity * prior + false_positive_rate * (1 - prior)
print(f"P(+)     = {evidence:.4f}")
# > P(+)     = 0.0585
print(f"P(D | +) = {posterior(prior, sensitivity, false_positive_rate):.4f}")
# > P(D | +) = 0.1538
print(f"P(+ | D) = {sensitivity:.4f}")
# > P(+ | D) = 0.9000

# The same test, applied where the disease is common, means something else.
for base_rate in [0.001, 0.01, 0.1, 0.5]:
    post = posterior(base_rate, sensitivity, false_positive_rate)
    print(f"base rate {base_rate:5.3f} -> P(D | +) = {post:.4f}")
# > base rate 0.001 -> P(D | +) = 0.0177
# > base rate 0.010 -> P(D | +) = 0.1538
# > base rate 0.100 -> P(D | +) = 0.6667
# > base rate 0.500 -> P(D | +) = 0.9474
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

base_rates = np.logspace(-4, 0, 200)
fig, ax = plt.subplots(figsize=(6, 4))
ax.plot(base_rates, posterior(base_rates, sensitivity, false_positive_rate))
ax.axhline(
    sensitivity, color="tab:gray", ls="--", label="sensitivity P(+ | D)"
)
ax.plot(
    prior,
    posterior(prior, sensitivity, false_positive_rate),
    "o",
    color="tab:red",
    label="base rate 1 %",
)
ax.set(
    xscale="log",
    xlabel="base rate P(D)",
    ylabel="P(D | +)",
    title="Posterior after one positive test",
)
ax.grid(alpha=0.3)
ax.legend(loc="upper left")
plt.show()
