import argparse
import random


def main():
    ap = argparse.ArgumentParser(description="Pick plots for this week's inspection walk")
    ap.add_argument("--count", type=int, default=5)
    ap.add_argument("--seed", type=int)
    args = ap.parse_args()
    plots = [f"P{n:02d}" for n in range(1, 41)]
    rng = random.Random(args.seed)
    for p in sorted(rng.sample(plots, args.count)):
        print(p)


if __name__ == "__main__":
    main()
