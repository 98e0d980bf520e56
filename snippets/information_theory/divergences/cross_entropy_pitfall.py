import numpy as np
from scipy.special import log_softmax, logsumexp


def naive_cross_entropy(z, k):
    """-log softmax(z)[k], computed the way the formula reads."""
    e = np.exp(z)
    return -np.log(e[k] / e.sum())


def stable_cross_entropy(z, k):
    """-log softmax(z)[k] = logsumexp(z) - z[k]: no exp of a large number."""
    return logsumexp(z) - z[k]


# Overflow: exp(1000) is inf, and inf / inf is nan.
z = np.array([1000.0, 0.0, -1000.0])
# np.errstate silences the warnings on purpose, to show the results.
with np.errstate(over="ignore", invalid="ignore"):
    print(f"naive:  {naive_cross_entropy(z, 0):.4f}")
# > naive:  nan
print(f"stable: {stable_cross_entropy(z, 0):.4f}")
# > stable: 0.0000

# Underflow: exp(-1000) rounds to 0, and -log 0 is inf, not a large loss.
z = np.array([10.0, 0.0, -1000.0])
with np.errstate(divide="ignore"):
    print(f"naive:  {naive_cross_entropy(z, 2):.4f}")
# > naive:  inf
print(f"stable: {stable_cross_entropy(z, 2):.4f}")
# > stable: 1010.0000
print(f"scipy log_softmax: {-log_softmax(z)[2]:.4f}")
# > scipy log_softmax: 1010.0000

# Log-sum-exp by hand: shift by the maximum m; the largest term is exp(0) = 1.
z = np.array([1000.0, 999.0, 998.0])
m = z.max()
with np.errstate(over="ignore"):
    print(f"log sum exp(z)         = {np.log(np.sum(np.exp(z))):.4f}")
# > log sum exp(z)         = inf
print(f"m + log sum exp(z - m) = {m + np.log(np.sum(np.exp(z - m))):.4f}")
# > m + log sum exp(z - m) = 1000.4076
print(f"scipy logsumexp(z)     = {logsumexp(z):.4f}")
# > scipy logsumexp(z)     = 1000.4076
