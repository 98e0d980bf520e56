def df(x):
    return 4 * x**3 - 6 * x + 1  # f(x) = x^4 - 3x^2 + x


def d2f(x):
    return 12 * x**2 - 6


for x0 in [0.0, 2.0, -2.0]:
    x = x0
    for _ in range(20):
        x = x - df(x) / d2f(x)
    kind = "minimum" if d2f(x) > 0 else "maximum"
    print(
        f"x0 = {x0:+.0f}: x = {x:+.6f}, f''(x) = {d2f(x):+.3f}: a local {kind}"
    )
# > x0 = +0: x = +0.169938, f''(x) = -5.653: a local maximum
# > x0 = +2: x = +1.130901, f''(x) = +9.347: a local minimum
# > x0 = -2: x = -1.300840, f''(x) = +14.306: a local minimum
