import random


def sample_reports(reports, k, seed=0):
    rng = random.Random(seed)
    return rng.sample(list(reports), min(k, len(reports)))
