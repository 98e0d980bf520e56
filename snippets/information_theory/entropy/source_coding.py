# --8<-- [start:lesson]
import heapq
import itertools

import numpy as np
from scipy.stats import entropy


def huffman_lengths(p):
    """Codeword lengths of a binary Huffman code for probabilities p."""
    # Heap of (probability, tie-breaker, symbols in this subtree).
    heap = [(pi, i, [i]) for i, pi in enumerate(p)]
    heapq.heapify(heap)
    lengths = np.zeros(len(p), dtype=int)
    while len(heap) > 1:
        # Merge the two least likely subtrees: their symbols get one more bit.
        p1, _, s1 = heapq.heappop(heap)
        p2, t, s2 = heapq.heappop(heap)
        lengths[s1 + s2] += 1
        heapq.heappush(heap, (p1 + p2, t, s1 + s2))
    return lengths


for p in [[0.5, 0.25, 0.125, 0.125], [0.6, 0.4], [0.9, 0.1]]:
    p = np.array(p)
    lengths = huffman_lengths(p)
    print(
        f"p = {p}: lengths {lengths}, "
        f"L = {p @ lengths:.4f}, H = {entropy(p, base=2):.4f}"
    )
# > p = [0.5   0.25  0.125 0.125]: lengths [1 2 3 3], L = 1.7500, H = 1.7500
# > p = [0.6 0.4]: lengths [1 1], L = 1.0000, H = 0.9710
# > p = [0.9 0.1]: lengths [1 1], L = 1.0000, H = 0.4690

# Code blocks of k tosses of the (0.6, 0.4) coin: bits per toss fall towards H.
coin = np.array([0.6, 0.4])
for k in [1, 2, 4, 8]:
    block = np.array([np.prod(c) for c in itertools.product(coin, repeat=k)])
    print(f"k = {k}: {block @ huffman_lengths(block) / k:.4f} bits per toss")
# > k = 1: 1.0000 bits per toss
# > k = 2: 1.0000 bits per toss
# > k = 4: 0.9812 bits per toss
# > k = 8: 0.9744 bits per toss
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

ks = np.arange(1, 11)
per_toss = []
for k in ks:
    block = np.array([np.prod(c) for c in itertools.product(coin, repeat=k)])
    per_toss.append(block @ huffman_lengths(block) / k)
H = entropy(coin, base=2)
fig, ax = plt.subplots(figsize=(6, 4))
ax.plot(ks, per_toss, "o-", label="Huffman code on blocks of $k$ tosses")
ax.axhline(H, color="tab:red", ls="--", label=f"entropy $H$ = {H:.3f} bits")
ax.fill_between(
    ks,
    H,
    H + 1 / ks,
    color="tab:red",
    alpha=0.15,
    label="guaranteed band $[H, H + 1/k)$",
)
ax.set(
    xlabel="block length $k$", ylabel="expected bits per toss", ylim=(0.9, 1.2)
)
ax.set_title("Coin with $p = (0.6, 0.4)$: bits per toss approach $H$")
ax.grid(alpha=0.3)
ax.legend(loc="upper right")
plt.show()
