# --8<-- [start:lesson]
import numpy as np

K, warmup, lr_max, lr_min = 1000, 100, 1e-3, 1e-5


def step_decay(k, every=300, factor=0.1):
    return lr_max * factor ** (k // every)


def cosine(k):
    return lr_min + 0.5 * (lr_max - lr_min) * (1 + np.cos(np.pi * k / K))


def warmup_cosine(k):
    # Linear warm-up over the first steps, then cosine decay over the rest.
    if k < warmup:
        return lr_max * (k + 1) / warmup
    return lr_min + 0.5 * (lr_max - lr_min) * (
        1 + np.cos(np.pi * (k - warmup) / (K - warmup))
    )


for k in [0, 50, 100, 500, 999]:
    print(
        f"k = {k:>3}: step {step_decay(k):.1e}, cosine {cosine(k):.2e}, "
        f"warm-up + cosine {warmup_cosine(k):.2e}"
    )
# > k =   0: step 1.0e-03, cosine 1.00e-03, warm-up + cosine 1.00e-05
# > k =  50: step 1.0e-03, cosine 9.94e-04, warm-up + cosine 5.10e-04
# > k = 100: step 1.0e-03, cosine 9.76e-04, warm-up + cosine 1.00e-03
# > k = 500: step 1.0e-04, cosine 5.05e-04, warm-up + cosine 5.91e-04
# > k = 999: step 1.0e-06, cosine 1.00e-05, warm-up + cosine 1.00e-05
# --8<-- [end:lesson]
import matplotlib.pyplot as plt  # the figure code follows the lesson

k = np.arange(K)
fig, ax = plt.subplots(figsize=(6, 4))
ax.plot(
    k, [step_decay(i) for i in k], lw=2, label="step decay (x0.1 every 300)"
)
ax.plot(k, cosine(k), lw=2, label="cosine decay")
ax.plot(k, [warmup_cosine(i) for i in k], "--", lw=2, label="warm-up + cosine")
ax.set(xlabel="step $k$", ylabel="learning rate $\\eta_k$")
ax.set_title("Learning-rate schedules over 1000 steps")
ax.legend(loc="upper right")
plt.show()
