import numpy as np

# f(w) = 1/2 w^T A w from the gradient descent section: grad f(w) = A w.
A = np.diag([1.0, 10.0])
w = np.array([-9.0, 2.0])

# One Newton step: w - A^{-1} grad f(w) lands on the minimiser 0.
w_newton = w - np.linalg.solve(A, A @ w)
print("after one Newton step |w| < 1e-12:", np.linalg.norm(w_newton) < 1e-12)
# > after one Newton step |w| < 1e-12: True

# Gradient descent with the best fixed step 2 / (1 + 10) needs many steps.
lr, steps = 2 / 11, 0
while np.linalg.norm(w) > 1e-6:
    w = w - lr * A @ w
    steps += 1
print(f"gradient descent steps to |w| < 1e-6: {steps}")
# > gradient descent steps to |w| < 1e-6: 80
