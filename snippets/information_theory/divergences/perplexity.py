import numpy as np

# Probabilities a language model gave to each true next token of one text.
q_true = np.array([0.20, 0.05, 0.60, 0.90, 0.10, 0.30, 0.70, 0.02])
nll = -np.log(q_true)  # per-token surprise in nats
H = nll.mean()  # cross-entropy in nats per token
print(f"cross-entropy = {H:.4f} nats/token = {H / np.log(2):.4f} bits/token")
# > cross-entropy = 1.6246 nats/token = 2.3438 bits/token
print(
    f"perplexity exp(H) = {np.exp(H):.4f}, "
    f"2**bits = {2 ** (H / np.log(2)):.4f}"
)
# > perplexity exp(H) = 5.0763, 2**bits = 5.0763

# Perplexity is 1 / (geometric mean of the probabilities): a branching factor.
print(f"1 / geometric mean = {1 / np.prod(q_true) ** (1 / len(q_true)):.4f}")
# > 1 / geometric mean = 5.0763

# A model that spreads probability uniformly over V tokens has perplexity V.
V = 50_000
print(f"uniform over {V} tokens: perplexity {np.exp(-np.log(1 / V)):.1f}")
# > uniform over 50000 tokens: perplexity 50000.0
