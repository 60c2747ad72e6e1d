#!/usr/bin/env python3
"""Pick a random sample of meters for the monthly manual-read audit."""
import argparse
import csv
import random


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("meters_csv")
    ap.add_argument("-n", type=int, default=25)
    ap.add_argument("--seed", type=int)
    args = ap.parse_args()

    with open(args.meters_csv, newline="") as fh:
        serials = [row["serial"] for row in csv.DictReader(fh)]
    rng = random.Random(args.seed)
    for serial in sorted(rng.sample(serials, min(args.n, len(serials)))):
        print(serial)


if __name__ == "__main__":
    main()
