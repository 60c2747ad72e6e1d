import argparse
import random

TRACKS = ["Warm-up", "Intervals", "Hill climb", "Tempo", "Cool-down"]


def main():
    ap = argparse.ArgumentParser(description="Print a shuffled interval playlist")
    ap.add_argument("--seed", type=int, default=None)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    middle = TRACKS[1:-1]
    rng.shuffle(middle)
    for i, name in enumerate([TRACKS[0], *middle, TRACKS[-1]], 1):
        print(f"{i}. {name}")


if __name__ == "__main__":
    main()
