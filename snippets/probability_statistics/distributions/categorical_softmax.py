# --8<-- [start:lesson]
import numpy as np


def softmax(z):
    """Stable softmax: subtracting max(z) changes nothing but the overflow."""
    e = np.exp(z - np.max(z))
    return e / e.sum()


z = np.array([2.0, 1.0, 0.1])  # logits for K = 3 classes
theta = softmax(z)
print(
    "softmax(z) =", np.round(theta, 4), " sum =", round(float(theta.sum()), 4)
)
# > softmax(z) = [0.659  0.2424 0.0986]  sum = 1.0
print("shift-invariant:", np.allclose(softmax(z + 100.0), theta))
# > shift-invariant: True

# Samples of a categorical variable, and the mean of their one-hot vectors.
rng = np.random.default_rng(0)
y = rng.choice(3, size=10_000, p=theta)
one_hot = np.eye(3)[y]
print("mean one-hot vector:", np.round(one_hot.mean(axis=0), 4))
# > mean one-hot vector: [0.6564 0.2469 0.0967]

# Negative log-likelihood of an observed class: -log p(y). numpy counts
# classes from 0, so theta[0] is the first class's probability.
print(f"-log p(y = 0) = {-np.log(theta[0]):.4f}")
# > -log p(y = 0) = 0.4170

# The naive formula overflows for large logits.
big = np.array([1000.0, 999.0, 998.0])
with np.errstate(over="ignore", invalid="ignore"):
    naive = np.exp(big) / np.exp(big).sum()
print("naive:", naive, " stable:", np.round(softmax(big), 4))
# > naive: [nan nan nan]  stable: [0.6652 0.2447 0.09  ]

# Temperature T: softmax(z / T) is sharper for T < 1, flatter for T > 1.
for T in [0.5, 1.0, 2.0]:
    print(f"T = {T}: {np.round(softmax(z / T), 4)}")
# > T = 0.5: [0.8638 0.1169 0.0193]
# > T = 1.0: [0.659  0.2424 0.0986]
# > T = 2.0: [0.5017 0.3043 0.194 ]
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

fig, ax = plt.subplots(figsize=(6, 4))
classes = np.arange(3)
for i, T in enumerate([0.5, 1.0, 2.0]):
    ax.bar(
        classes + (i - 1) * 0.27, softmax(z / T), width=0.27, label=f"T = {T}"
    )
ax.set_xticks(
    classes, [f"class {k}\nz = {zk}" for k, zk in enumerate(z, start=1)]
)
ax.set(ylabel="probability", title="softmax(z / T) for logits z = (2, 1, 0.1)")
ax.legend()
plt.show()
