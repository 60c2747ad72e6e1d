import random

_rng = random.SystemRandom()


def draw_seeds(teams: list[str]) -> list[str]:
    order = list(teams)
    _rng.shuffle(order)
    return order
