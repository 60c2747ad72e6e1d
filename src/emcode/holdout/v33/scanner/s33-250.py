import random


def audit_sample(citation_ids, k, seed):
    rng = random.Random(seed)
    ids = sorted(citation_ids)
    return rng.sample(ids, min(k, len(ids)))
