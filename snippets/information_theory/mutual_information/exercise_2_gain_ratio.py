import numpy as np
from scipy.stats import entropy

# Counts (positive, negative) per branch, for three splits of 5 + 5 examples.
splits = {
    "Exercise 1": np.array([[4, 1], [1, 4]]),
    "pure 2-way": np.array([[5, 0], [0, 5]]),
    "10-way": np.array([[1, 0]] * 5 + [[0, 1]] * 5),  # one example per branch
}


def gain_and_ratio(branches):
    n = branches.sum()
    w = branches.sum(axis=1) / n  # fraction of examples in each branch
    h_y = entropy(branches.sum(axis=0), base=2)
    h_y_given_s = np.sum(w * [entropy(b, base=2) for b in branches])
    gain = h_y - h_y_given_s
    split_info = entropy(w, base=2)  # H(S): the entropy of the branch itself
    return gain, split_info, gain / split_info


for name, b in splits.items():
    gain, split_info, ratio = gain_and_ratio(b)
    print(
        f"{name:10s}: gain {gain:.4f}, H(S) {split_info:.4f}, "
        f"ratio {ratio:.4f}"
    )
# > Exercise 1: gain 0.2781, H(S) 1.0000, ratio 0.2781
# > pure 2-way: gain 1.0000, H(S) 1.0000, ratio 1.0000
# > 10-way    : gain 1.0000, H(S) 3.3219, ratio 0.3010
