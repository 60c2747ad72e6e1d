import random


def resurfacing_rota(drivers, days=7, seed=None):
    rng = random.Random(seed)
    return [rng.choice(drivers) for _ in range(days)]
