import argparse
import random


def main():
    ap = argparse.ArgumentParser(description="Pick rooms for today's quality spot checks")
    ap.add_argument("--floor", type=int, required=True)
    ap.add_argument("--count", type=int, default=3)
    args = ap.parse_args()
    rooms = [args.floor * 100 + n for n in range(1, 25)]
    for r in sorted(random.sample(rooms, args.count)):
        print(r)


if __name__ == "__main__":
    main()
