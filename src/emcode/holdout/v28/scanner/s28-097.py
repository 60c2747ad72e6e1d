import random


def pick_cover_teacher(free_teachers, rng=None):
    rng = rng or random.Random()
    if not free_teachers:
        return None
    return rng.sample(sorted(free_teachers), 1)[0]
