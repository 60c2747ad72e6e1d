import random


def split_dataset(rows: list, test_fraction: float = 0.2, seed: int = 13) -> tuple[list, list]:
    rng = random.Random(seed)
    shuffled = rows[:]
    rng.shuffle(shuffled)
    cut = int(len(shuffled) * (1 - test_fraction))
    return shuffled[:cut], shuffled[cut:]
