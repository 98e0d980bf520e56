import numpy as np


class Var:
    """A node of the computation graph: a value, its parents and their VJPs."""

    matmul_flops = 0  # multiply-adds in matrix products, forward and backward

    def __init__(self, value, parents=()):
        self.value = np.asarray(value, dtype=float)
        # Pairs (parent, vjp): vjp maps dL/dself to dL/dparent.
        self.parents = parents
        self.grad = np.zeros_like(self.value)

    def __add__(self, other):  # other may be broadcast (a bias row)
        def unbroadcast(g, shape):
            return g.sum(axis=0) if len(shape) < g.ndim else g

        return Var(
            self.value + other.value,
            (
                (self, lambda g: g),
                (other, lambda g: unbroadcast(g, other.value.shape)),
            ),
        )

    def __sub__(self, other):
        return Var(
            self.value - other.value,
            ((self, lambda g: g), (other, lambda g: -g)),
        )

    def __mul__(self, other):  # entry-wise
        return Var(
            self.value * other.value,
            (
                (self, lambda g: g * other.value),
                (other, lambda g: g * self.value),
            ),
        )

    def __matmul__(self, other):
        (n, k), m = self.value.shape, other.value.shape[1]
        Var.matmul_flops += n * k * m

        def vjp_left(g):  # G W^T
            Var.matmul_flops += n * k * m
            return g @ other.value.T

        def vjp_right(g):  # X^T G
            Var.matmul_flops += n * k * m
            return self.value.T @ g

        return Var(
            self.value @ other.value, ((self, vjp_left), (other, vjp_right))
        )

    def tanh(self):
        out = np.tanh(self.value)
        return Var(out, ((self, lambda g: g * (1 - out**2)),))

    def sum(self):
        return Var(
            self.value.sum(), ((self, lambda g: g * np.ones_like(self.value)),)
        )

    def backward(self):
        order, seen = [], set()

        def visit(node):  # topological order: every node after its parents
            if id(node) not in seen:
                seen.add(id(node))
                for parent, _ in node.parents:
                    visit(parent)
                order.append(node)

        visit(self)
        self.grad = np.ones_like(self.value)
        for node in reversed(order):  # from the loss back to the inputs
            for parent, vjp in node.parents:  # accumulate, never overwrite
                parent.grad = parent.grad + vjp(node.grad)


rng = np.random.default_rng(0)
n, d_in, d_hidden, d_out = 8, 3, 4, 2
X, Y = (
    Var(rng.standard_normal((n, d_in))),
    Var(rng.standard_normal((n, d_out))),
)
params = {
    "W1": 0.5 * rng.standard_normal((d_in, d_hidden)),
    "b1": np.zeros(d_hidden),
    "W2": 0.5 * rng.standard_normal((d_hidden, d_out)),
    "b2": np.zeros(d_out),
}


def loss_graph(p):
    v = {name: Var(value) for name, value in p.items()}
    H = (X @ v["W1"] + v["b1"]).tanh()
    R = H @ v["W2"] + v["b2"] - Y
    return (R * R).sum() * Var(0.5 / n), v


Var.matmul_flops = 0
loss, v = loss_graph(params)
forward_flops = Var.matmul_flops
loss.backward()
backward_flops = Var.matmul_flops - forward_flops
print(f"loss = {float(loss.value):.4f}")
# > loss = 0.6749
print(f"backward / forward matmul cost: {backward_flops / forward_flops}")
# > backward / forward matmul cost: 2.0

# Check every gradient against central differences, with a relative error.
h = 1e-6
for name, value in params.items():
    num = np.zeros_like(value)
    for idx in np.ndindex(value.shape):
        up, down = value.copy(), value.copy()
        up[idx] += h
        down[idx] -= h
        plus = loss_graph({**params, name: up})[0].value
        minus = loss_graph({**params, name: down})[0].value
        num[idx] = (plus - minus) / (2 * h)
    rel = np.linalg.norm(v[name].grad - num) / np.linalg.norm(num)
    print(f"{name}: shape {num.shape}, relative error < 1e-7: {rel < 1e-7}")
# > W1: shape (3, 4), relative error < 1e-7: True
# > b1: shape (4,), relative error < 1e-7: True
# > W2: shape (4, 2), relative error < 1e-7: True
# > b2: shape (2,), relative error < 1e-7: True
