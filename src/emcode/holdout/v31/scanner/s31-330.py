import random


def featured_exhibits(exhibits, n=3, seed=None):
    rng = random.Random(seed)
    return rng.sample(list(exhibits), k=min(n, len(exhibits)))
