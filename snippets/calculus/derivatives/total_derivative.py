import sympy as sp

x, y = sp.symbols("x y")
f = x**2 + 2 * x * y + y**2

# The partial derivative holds y fixed ...
print("partial df/dx at y = x:", sp.diff(f, x).subs(y, x))
# > partial df/dx at y = x: 4*x
# ... but if y moves with x (here y = x), the total derivative counts that too.
print("total   d/dx f(x, x):  ", sp.diff(f.subs(y, x), x))
# > total   d/dx f(x, x):   8*x
