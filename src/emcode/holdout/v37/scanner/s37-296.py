import random


def seating_chart(singers, rows, seed=None):
    rng = random.Random(seed)
    order = list(singers)
    rng.shuffle(order)
    per_row = -(-len(order) // rows)
    return [order[i:i + per_row] for i in range(0, len(order), per_row)]
