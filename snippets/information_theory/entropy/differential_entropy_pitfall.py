from scipy.stats import norm

# The same heights, in metres and in centimetres: Y = 100 X.
metres = norm(1.70, 0.07)
centimetres = norm(170, 7)
print(f"H in metres:      {metres.entropy():.4f} nats")
# > H in metres:      -1.2403 nats
print(f"H in centimetres: {centimetres.entropy():.4f} nats")
# > H in centimetres: 3.3648 nats
print(f"difference: {centimetres.entropy() - metres.entropy():.4f} = log 100")
# > difference: 4.6052 = log 100
