import random

DRILLS = ["crossovers", "mohawks", "three-turns", "backward stroking", "spirals", "edge pulls"]


def practice_plan(minutes: int, seed: int | None = None):
    rng = random.Random(seed)
    drills = DRILLS[:]
    rng.shuffle(drills)
    per = max(minutes // len(drills), 3)
    return [(d, per) for d in drills]


if __name__ == "__main__":
    for drill, mins in practice_plan(45):
        print(f"{mins:>3} min  {drill}")
