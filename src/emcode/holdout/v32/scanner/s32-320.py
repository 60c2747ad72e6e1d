import random


def shuffled_seed_display(packets, seed=None):
    rng = random.Random(seed)
    order = list(packets)
    rng.shuffle(order)
    return order[:12]
