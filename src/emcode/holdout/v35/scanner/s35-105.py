import random


def featured_pets(pets, k=6, seed=None):
    rng = random.Random(seed)
    pool = [p for p in pets if p.get("photo")]
    rng.shuffle(pool)
    return pool[:k]
