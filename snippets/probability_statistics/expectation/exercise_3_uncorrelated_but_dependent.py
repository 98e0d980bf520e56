from fractions import Fraction

# X uniform on {-1, 0, 1} and Y = X**2: the joint pmf has three cells of 1/3.
xs = [-1, 0, 1]
joint = {(x, x**2): Fraction(1, 3) for x in xs}
E_X = sum(x * q for (x, y), q in joint.items())
E_Y = sum(y * q for (x, y), q in joint.items())
E_XY = sum(x * y * q for (x, y), q in joint.items())
print(
    "E[X] =",
    E_X,
    " E[Y] =",
    E_Y,
    " Cov(X, Y) = E[XY] - E[X]E[Y] =",
    E_XY - E_X * E_Y,
)
# > E[X] = 0  E[Y] = 2/3  Cov(X, Y) = E[XY] - E[X]E[Y] = 0

# Independence would need p(x, y) = p(x) p(y) in every cell; (0, 1) fails.
p_x0 = Fraction(1, 3)
p_y1 = sum(q for (x, y), q in joint.items() if y == 1)
print("p(0, 1) =", joint.get((0, 1), 0), " p_X(0) p_Y(1) =", p_x0 * p_y1)
# > p(0, 1) = 0  p_X(0) p_Y(1) = 2/9
