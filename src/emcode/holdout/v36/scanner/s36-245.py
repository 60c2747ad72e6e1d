import random
from dataclasses import dataclass


@dataclass
class Drop:
    name: str
    weight: int


TABLE = [Drop("copper coin", 60), Drop("healing herb", 25), Drop("rusty key", 10), Drop("moth wing", 5)]


def roll_loot(rng: random.Random, n: int = 3):
    weights = [d.weight for d in TABLE]
    return [d.name for d in rng.choices(TABLE, weights=weights, k=n)]


if __name__ == "__main__":
    rng = random.Random(42)
    for floor in range(1, 4):
        print(floor, roll_loot(rng))
