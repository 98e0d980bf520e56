import heapq

import numpy as np
from scipy.stats import entropy


def huffman_lengths(p):
    """Codeword lengths of a binary Huffman code for probabilities p."""
    heap = [(pi, i, [i]) for i, pi in enumerate(p)]
    heapq.heapify(heap)
    lengths = np.zeros(len(p), dtype=int)
    while len(heap) > 1:
        p1, _, s1 = heapq.heappop(heap)
        p2, t, s2 = heapq.heappop(heap)
        lengths[s1 + s2] += 1
        heapq.heappush(heap, (p1 + p2, t, s1 + s2))
    return lengths


loaded = np.array([0.5, 0.1, 0.1, 0.1, 0.1, 0.1])
lengths = huffman_lengths(loaded)
L = loaded @ lengths
H = entropy(loaded, base=2)
print(f"lengths {lengths}, Kraft sum {np.sum(2.0**-lengths):.4f}")
# > lengths [1 4 4 3 3 3], Kraft sum 1.0000
print(f"L = {L:.4f} bits, H = {H:.4f} bits, H <= L < H + 1: {H <= L < H + 1}")
# > L = 2.2000 bits, H = 2.1610 bits, H <= L < H + 1: True
