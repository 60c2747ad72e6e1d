import random


def inspection_rota(boats, seed=None):
    rng = random.Random(seed)
    order = list(boats)
    rng.shuffle(order)
    return order
