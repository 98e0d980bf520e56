import numpy as np

# Two features on very different scales: height in cm and income in euros.
rng = np.random.default_rng(0)
X_train = np.column_stack(
    [rng.normal(170, 10, 100), rng.normal(40000, 15000, 100)]
)
X_test = np.column_stack(
    [rng.normal(170, 10, 20), rng.normal(40000, 15000, 20)]
)

# Statistics from the training set only, then applied to both sets.
# ddof=0, as scikit-learn's StandardScaler does; say so explicitly.
mean = X_train.mean(axis=0)
std = X_train.std(axis=0, ddof=0)
Z_train = (X_train - mean) / std
Z_test = (X_test - mean) / std

np.set_printoptions(precision=4, suppress=True)
print(
    "train: |mean| < 1e-12:",
    bool(np.all(np.abs(Z_train.mean(axis=0)) < 1e-12)),
)
# > train: |mean| < 1e-12: True
print("train stds (ddof=0):", Z_train.std(axis=0, ddof=0))
# > train stds (ddof=0): [1. 1.]
print(
    "test means: ",
    Z_test.mean(axis=0),
    " stds (ddof=0):",
    Z_test.std(axis=0, ddof=0),
)
# > test means:  [ 0.0297 -0.5031]  stds (ddof=0): [1.1741 1.2445]
