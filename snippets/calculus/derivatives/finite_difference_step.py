def f(x):
    return x**3 - 2 * x


# f'(1) = 1 exactly. Shrink the step h and watch the error of each difference quotient.
for h in [1e-1, 1e-3, 1e-5, 1e-8, 1e-12]:
    forward = (f(1 + h) - f(1)) / h
    central = (f(1 + h) - f(1 - h)) / (2 * h)
    print(
        f"h = {h:.0e}: forward error {abs(forward - 1):.1e}, central error {abs(central - 1):.1e}"
    )
# > h = 1e-01: forward error 3.1e-01, central error 1.0e-02
# > h = 1e-03: forward error 3.0e-03, central error 1.0e-06
# > h = 1e-05: forward error 3.0e-05, central error 9.5e-11
# > h = 1e-08: forward error 1.6e-08, central error 6.1e-09
# > h = 1e-12: forward error 8.9e-05, central error 8.9e-05
