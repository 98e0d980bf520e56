import numpy as np
from scipy.special import softmax
from scipy.stats import entropy

# Logits of a 3-class classifier for four unlabelled examples (one per row).
Z = np.array(
    [
        [4.0, 0.5, 0.1],  # confident
        [1.0, 0.9, 1.1],  # torn between all three
        [2.0, 2.0, -3.0],  # torn between two
        [0.2, 3.5, 0.0],  # confident
    ]
)
Q = softmax(Z, axis=1)  # predicted class probabilities, rows sum to 1
H = entropy(Q, axis=1)  # predictive entropy of each row, in nats
for q, h in zip(Q, H, strict=True):
    print(f"q = {np.round(q, 3)}  H = {h:.4f} nats")
# > q = [0.952 0.029 0.019]  H = 0.2250 nats
# > q = [0.332 0.301 0.367]  H = 1.0953 nats
# > q = [0.498 0.498 0.003]  H = 0.7133 nats
# > q = [0.035 0.937 0.028]  H = 0.2780 nats
print(f"upper bound log 3 = {np.log(3):.4f} nats")
# > upper bound log 3 = 1.0986 nats

# Uncertainty sampling: ask a human to label the most uncertain examples first.
print(f"labelling order: {np.argsort(-H)}")
# > labelling order: [1 2 3 0]
