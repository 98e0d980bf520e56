import numpy as np

# Per-token probabilities of the true tokens in a short and a long text.
short = np.array([0.01, 0.02])
long = np.full(98, 0.5)

ppl_short = np.exp(-np.log(short).mean())
ppl_long = np.exp(-np.log(long).mean())
print(f"per-text perplexities: {ppl_short:.2f} and {ppl_long:.2f}")
# > per-text perplexities: 70.71 and 2.00
print(f"their mean: {(ppl_short + ppl_long) / 2:.2f}")
# > their mean: 36.36

# Corpus perplexity: average the per-token log-loss over all tokens, then exp.
all_tokens = np.concatenate([short, long])
print(f"corpus perplexity: {np.exp(-np.log(all_tokens).mean()):.2f}")
# > corpus perplexity: 2.15
