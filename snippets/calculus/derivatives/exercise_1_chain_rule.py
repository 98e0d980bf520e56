import sympy as sp

x = sp.symbols("x")
sigma = 1 / (1 + sp.exp(-x))

# sympy applies the chain rule: d/dx (1 + e^{-x})^{-1} = e^{-x} / (1 + e^{-x})^2.
d_sigma = sp.diff(sigma, x)
print(d_sigma)
# > exp(-x)/(1 + exp(-x))**2
print(
    "sigma' - sigma (1 - sigma) simplifies to",
    sp.simplify(d_sigma - sigma * (1 - sigma)),
)
# > sigma' - sigma (1 - sigma) simplifies to 0
print(f"sigma'(0) = {d_sigma.subs(x, 0)}")
# > sigma'(0) = 1/4
