import numpy as np


def softmax(z):
    e = np.exp(z - np.max(z))
    return e / e.sum()


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# Two classes, logits (z, 0): softmax gives class 0 the probability sigmoid(z).
for z in [-2.0, 0.5, 3.0]:
    print(
        f"z = {z:4.1f}: softmax {softmax(np.array([z, 0.0]))[0]:.4f},"
        f" sigmoid {sigmoid(z):.4f}"
    )
# > z = -2.0: softmax 0.1192, sigmoid 0.1192
# > z =  0.5: softmax 0.6225, sigmoid 0.6225
# > z =  3.0: softmax 0.9526, sigmoid 0.9526

# Only differences of logits matter: (z1, z2) behaves like (z1 - z2, 0).
z1, z2 = 1.7, -0.4
print(
    f"{softmax(np.array([z1, z2]))[0]:.4f} = sigmoid(z1 - z2)"
    f" = {sigmoid(z1 - z2):.4f}"
)
# > 0.8909 = sigmoid(z1 - z2) = 0.8909
