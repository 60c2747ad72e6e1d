import random
import sys

PUZZLES = ["cipher wheel", "map fragments", "UV ink letter", "weighted keys", "radio dial", "lighthouse lamp"]


def puzzle_order(seed=None):
    rng = random.Random(seed)
    order = PUZZLES[:]
    rng.shuffle(order)
    return order


if __name__ == "__main__":
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else None
    for i, p in enumerate(puzzle_order(seed), 1):
        print(f"{i}. {p}")
