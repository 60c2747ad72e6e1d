import random


def shuffle_seeds(teams, seed=None):
    rng = random.Random(seed)
    order = list(teams)
    rng.shuffle(order)
    return [(i + 1, t) for i, t in enumerate(order)]
