import random


def featured_order(campaign_ids, k=6, seed=None):
    rng = random.Random(seed)
    ids = list(campaign_ids)
    rng.shuffle(ids)
    return ids[:k]
