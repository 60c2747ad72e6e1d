import random


def practice_order(question_ids, seed=None):
    rng = random.Random(seed)
    order = list(question_ids)
    rng.shuffle(order)
    return order
