import random


def draw_fixtures(teams, seed=None):
    rng = random.Random(seed)
    order = list(teams)
    rng.shuffle(order)
    if len(order) % 2:
        order.append(None)
    return [(order[i], order[i + 1]) for i in range(0, len(order), 2)]
