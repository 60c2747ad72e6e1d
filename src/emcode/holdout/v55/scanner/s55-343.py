import random


def shuffle_seeding(teams, seed=None):
    rng = random.Random(seed)
    order = list(teams)
    rng.shuffle(order)
    return order
