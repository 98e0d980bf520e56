import numpy as np


class Dual:
    """A value and its tangent: how it moves as the input moves along V."""

    def __init__(self, value, tangent):
        self.value, self.tangent = (
            np.asarray(value, float),
            np.asarray(tangent, float),
        )

    def __add__(self, other):
        return Dual(self.value + other.value, self.tangent + other.tangent)

    def __mul__(self, other):  # product rule
        return Dual(
            self.value * other.value,
            self.tangent * other.value + self.value * other.tangent,
        )

    def __matmul__(self, other):
        return Dual(
            self.value @ other.value,
            self.tangent @ other.value + self.value @ other.tangent,
        )

    def tanh(self):
        out = np.tanh(self.value)
        return Dual(out, (1 - out**2) * self.tangent)


def const(a):
    return Dual(a, np.zeros_like(a))


rng = np.random.default_rng(0)
n, d_in, d_hidden = 8, 3, 4
X = rng.standard_normal((n, d_in))
W1 = 0.5 * rng.standard_normal((d_in, d_hidden))
w2 = rng.standard_normal(d_hidden)


def loss(W):  # works on floats and on Duals: mean of tanh(X W) w2
    out = (const(X) @ W).tanh() @ const(w2)
    return out.value.mean(), out.tangent.mean()


# One forward pass with tangent V gives the JVP, the derivative along V.
V = rng.standard_normal(W1.shape)
value, jvp = loss(Dual(W1, V))
h = 1e-6
fd = (loss(const(W1 + h * V))[0] - loss(const(W1 - h * V))[0]) / (2 * h)
print(f"JVP = {jvp:.6f}, central difference = {fd:.6f}")
# > JVP = -0.417795, central difference = -0.417795

# The whole gradient: one forward pass per parameter (V = each unit matrix).
grad = np.array(
    [loss(Dual(W1, E.reshape(W1.shape)))[1] for E in np.eye(W1.size)]
)
A = np.tanh(X @ W1)
grad_reverse = X.T @ (((1 - A**2) * w2) / n)  # one reverse pass: X^T G
same = np.allclose(grad.reshape(W1.shape), grad_reverse)
print(f"forward passes: {W1.size}, same gradient: {same}")
# > forward passes: 12, same gradient: True
