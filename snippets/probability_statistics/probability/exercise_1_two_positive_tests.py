def posterior(prior, sensitivity, false_positive_rate):
    evidence = sensitivity * prior + false_positive_rate * (1 - prior)
    return sensitivity * prior / evidence


prior = 0.01
sensitivity, false_positive_rate = 0.90, 0.05

# Today's posterior is tomorrow's prior (the tests' errors are assumed independent).
after_one = posterior(prior, sensitivity, false_positive_rate)
after_two = posterior(after_one, sensitivity, false_positive_rate)
print(f"P(D | +)    = {after_one:.4f}")
# > P(D | +)    = 0.1538
print(f"P(D | +, +) = {after_two:.4f}")
# > P(D | +, +) = 0.7660

# Same answer in one step: both positives together have likelihoods 0.9^2 and 0.05^2.
print(f"one step    = {posterior(prior, sensitivity**2, false_positive_rate**2):.4f}")
# > one step    = 0.7660
