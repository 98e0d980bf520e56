import numpy as np

# Class prior and per-word likelihoods P(word present | class), as counted on a
# labelled training set. The 'free' row matches the e-mail table of this page.
p_spam = 0.4
words = ["free", "winner", "meeting"]
p_word_spam = np.array([0.75, 0.20, 0.05])  # P(word | spam)
p_word_ham = np.array([0.05 / 0.6, 0.01, 0.30])  # P(word | not spam)

email = np.array(
    [True, True, False]
)  # contains 'free' and 'winner', not 'meeting'

# Naive Bayes: words independent given the class: the likelihood is a product.
# Present words contribute P(w | c), absent ones 1 - P(w | c).
lik_spam = np.where(email, p_word_spam, 1 - p_word_spam)
lik_ham = np.where(email, p_word_ham, 1 - p_word_ham)
for w, ls, lh in zip(words, lik_spam, lik_ham, strict=True):
    print(f"{w:8s} likelihood ratio = {ls / lh:7.3f}")
# > free     likelihood ratio =   9.000
# > winner   likelihood ratio =  20.000
# > meeting  likelihood ratio =   1.357

# Odds form in log space: log prior odds + sum of log likelihood ratios.
log_odds = np.log(p_spam / (1 - p_spam)) + np.sum(np.log(lik_spam / lik_ham))
posterior_odds = np.exp(log_odds)
print(f"P(spam | e-mail) = {posterior_odds / (1 + posterior_odds):.4f}")
# > P(spam | e-mail) = 0.9939

# The same number from Bayes' rule with the law of total probability.
joint_spam = p_spam * np.prod(lik_spam)
joint_ham = (1 - p_spam) * np.prod(lik_ham)
print(f"by Bayes' rule   = {joint_spam / (joint_spam + joint_ham):.4f}")
# > by Bayes' rule   = 0.9939
