import numpy as np
from scipy.stats import norm

sigma2, x = 0.5, 1.5
log_evidence = norm.logpdf(x, 0, np.sqrt(1 + sigma2))
post_mean, post_sd = x / (1 + sigma2), np.sqrt(sigma2 / (1 + sigma2))

# q = the prior N(0, 1): KL(q || prior) = 0, so the ELBO is E_q[log p(x|z)].
elbo_prior = -0.5 * np.log(2 * np.pi * sigma2) - (x**2 + 1) / (2 * sigma2)
kl_post = np.log(post_sd) + (1 + post_mean**2) / (2 * post_sd**2) - 0.5
print(f"log p(x) - ELBO = {log_evidence - elbo_prior:.4f}")
# > log p(x) - ELBO = 1.9507
print(f"KL(prior || posterior) = {kl_post:.4f}")
# > KL(prior || posterior) = 1.9507
