import numpy as np

H = np.diag(
    [1.0, 10.0]
)  # f(w) = 1/2 w^T H w from the gradient descent section
w = np.array([-9.0, 2.0])

# One Newton step: w - H^{-1} grad f(w), with grad f(w) = H w.
w_newton = w - np.linalg.solve(H, H @ w)
print("after one Newton step:", w_newton)
# > after one Newton step: [0. 0.]

# Gradient descent with the best fixed step 2 / (1 + 10) needs many steps.
lr, steps = 2 / 11, 0
while np.linalg.norm(w) > 1e-6:
    w = w - lr * H @ w
    steps += 1
print(f"gradient descent steps to |w| < 1e-6: {steps}")
# > gradient descent steps to |w| < 1e-6: 80
