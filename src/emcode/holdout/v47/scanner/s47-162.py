#!/usr/bin/env python3
import argparse
from collections import Counter


def main():
    ap = argparse.ArgumentParser(description="Count picks per picker in a harvest log")
    ap.add_argument("logfile", type=argparse.FileType("r", encoding="utf-8"))
    args = ap.parse_args()

    counts = Counter()
    for line in args.logfile:
        parts = line.rstrip("\n").split("\t")
        if len(parts) >= 3:
            counts[parts[1]] += 1
    for picker, n in counts.most_common():
        print(f"{picker:<20}{n:>6}")


if __name__ == "__main__":
    main()
