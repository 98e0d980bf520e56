import numpy as np


def cosine_similarity(a, b):
    return a @ b / (np.linalg.norm(a) * np.linalg.norm(b))


# Word counts of three tiny "documents" over the vocabulary [cat, dog, fish].
doc1 = np.array([3, 1, 0])
doc2 = np.array([6, 2, 0])  # doc1 written twice: same direction
doc3 = np.array([0, 0, 4])  # no word in common with doc1
print(f"{cosine_similarity(doc1, doc2):.4f}")
# > 1.0000
print(cosine_similarity(doc1, doc3) == 0)  # integer counts: exactly 0
# > True
