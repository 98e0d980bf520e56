import numpy as np

matrices = {
    "[[2, -1], [-1, 2]]": np.array([[2.0, -1.0], [-1.0, 2.0]]),
    "[[1, 2], [2, 1]]": np.array([[1.0, 2.0], [2.0, 1.0]]),
    "[[1, 1], [1, 1]]": np.array([[1.0, 1.0], [1.0, 1.0]]),
}
for name, M in matrices.items():
    lam = np.linalg.eigvalsh(M)
    try:
        np.linalg.cholesky(M)
        cholesky_ok = True
    except np.linalg.LinAlgError:
        cholesky_ok = False
    smallest = lam[0]
    if smallest > 1e-12:
        sign = "> 0"
    elif smallest < -1e-12:
        sign = "< 0"
    else:
        sign = "= 0 (rounding)"
    print(f"{name}: smallest eigenvalue {sign}, Cholesky: {cholesky_ok}")
# > [[2, -1], [-1, 2]]: smallest eigenvalue > 0, Cholesky: True
# > [[1, 2], [2, 1]]: smallest eigenvalue < 0, Cholesky: False
# > [[1, 1], [1, 1]]: smallest eigenvalue = 0 (rounding), Cholesky: False
