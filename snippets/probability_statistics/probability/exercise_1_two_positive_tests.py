prior = 0.01  # P(D)
sensitivity, false_positive_rate = 0.90, 0.05


def posterior(prior, sensitivity, false_positive_rate):
    evidence = sensitivity * prior + false_positive_rate * (1 - prior)
    return sensitivity * prior / evidence


# Today's posterior is tomorrow's prior (results independent given D).
after_one = posterior(prior, sensitivity, false_positive_rate)
after_two = posterior(after_one, sensitivity, false_positive_rate)
print(f"P(D | +)    = {after_one:.4f}")
# > P(D | +)    = 0.1538
print(f"P(D | +, +) = {after_two:.4f}")
# > P(D | +, +) = 0.7660

# One step: two positives together have likelihoods 0.9**2 and 0.05**2.
print(
    f"one step    = "
    f"{posterior(prior, sensitivity**2, false_positive_rate**2):.4f}"
)
# > one step    = 0.7660

# Odds form: each positive multiplies the odds by the same likelihood ratio.
ratio = sensitivity / false_positive_rate
odds = [
    prior / (1 - prior),
    after_one / (1 - after_one),
    after_two / (1 - after_two),
]
print(f"odds: {odds[0]:.4f} -> {odds[1]:.4f} -> {odds[2]:.4f}")
# > odds: 0.0101 -> 0.1818 -> 3.2727
print(
    f"factors: {odds[1] / odds[0]:.1f} and {odds[2] / odds[1]:.1f}"
    f" (ratio {ratio:.1f})"
)
# > factors: 18.0 and 18.0 (ratio 18.0)
