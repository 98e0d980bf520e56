import numpy as np
from scipy import stats

# Generative model: y ~ Categorical(theta), then x | y ~ N(mu_y, Sigma),
# one Sigma shared by all classes.
theta = np.array([0.5, 0.3, 0.2])
means = np.array([[0.0, 0.0], [2.0, 1.0], [0.0, 2.0]])  # row k is mu_k
Sigma = np.array([[1.0, 0.3], [0.3, 0.5]])
rng = np.random.default_rng(0)
n = 3000
y = rng.choice(3, size=n, p=theta)
X = means[y] + rng.standard_normal((n, 2)) @ np.linalg.cholesky(Sigma).T

# Bayes' rule: p(y = k | x) is proportional to theta_k N(x; mu_k, Sigma).
joint = np.column_stack(
    [
        theta[k] * stats.multivariate_normal(means[k], Sigma).pdf(X)
        for k in range(3)
    ]
)
posterior_bayes = joint / joint.sum(axis=1, keepdims=True)

# The same posterior as a softmax of linear logits z_k = w_k^T x + b_k.
W = np.linalg.solve(Sigma, means.T)  # column k is w_k = Sigma^{-1} mu_k
b = -0.5 * np.sum(means.T * W, axis=0) + np.log(theta)
logits = X @ W + b  # shape (n, 3)
logits -= logits.max(axis=1, keepdims=True)
posterior_softmax = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
print(
    "Bayes == softmax of linear logits:",
    np.allclose(posterior_bayes, posterior_softmax),
)
# > Bayes == softmax of linear logits: True

print(
    "posterior at the first example:",
    np.round(posterior_bayes[0], 3),
    " class",
    y[0],
)
# > posterior at the first example: [0.279 0.719 0.002]  class 1
accuracy = np.mean(posterior_bayes.argmax(axis=1) == y)
print(f"accuracy of the most probable class: {accuracy:.3f}")
# > accuracy of the most probable class: 0.846
