import numpy as np

# m models whose errors each have variance 1 and pairwise correlation rho.
# e_i = sqrt(rho) g + sqrt(1 - rho) u_i, with g, u_i independent, variance 1.
rng = np.random.default_rng(0)
m, trials = 10, 100_000
for rho in [0.0, 0.5, 0.9]:
    g = rng.standard_normal((trials, 1))
    u = rng.standard_normal((trials, m))
    errors = np.sqrt(rho) * g + np.sqrt(1 - rho) * u
    theory = rho + (1 - rho) / m
    mc = errors.mean(axis=1).var(ddof=1)
    print(
        f"rho = {rho}: Var(average) theory {theory:.3f}, Monte Carlo {mc:.3f}"
    )
# > rho = 0.0: Var(average) theory 0.100, Monte Carlo 0.100
# > rho = 0.5: Var(average) theory 0.550, Monte Carlo 0.547
# > rho = 0.9: Var(average) theory 0.910, Monte Carlo 0.911
