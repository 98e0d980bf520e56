def grad(x):
    return 10 * x  # f(x) = 5x^2


# x <- (1 - 10 eta) x: stable exactly when |1 - 10 eta| < 1, i.e. eta < 0.2.
for eta in [0.05, 0.19, 0.2, 0.21]:
    x = 1.0
    for _ in range(50):
        x = x - eta * grad(x)
    print(f"eta = {eta}: factor {1 - 10 * eta:+.2f}, |x_50| = {abs(x):.1e}")
# > eta = 0.05: factor +0.50, |x_50| = 8.9e-16
# > eta = 0.19: factor -0.90, |x_50| = 5.2e-03
# > eta = 0.2: factor -1.00, |x_50| = 1.0e+00
# > eta = 0.21: factor -1.10, |x_50| = 1.2e+02
