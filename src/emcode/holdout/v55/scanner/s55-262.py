#!/usr/bin/env python3
import argparse
import csv
import sys
from collections import Counter


def main():
    ap = argparse.ArgumentParser(description="Count species per camera from a detections CSV")
    ap.add_argument("csv_file", type=argparse.FileType("r"))
    ap.add_argument("--min-confidence", type=float, default=0.6)
    args = ap.parse_args()

    counts = Counter()
    reader = csv.DictReader(args.csv_file)
    for row in reader:
        try:
            conf = float(row["confidence"])
        except (KeyError, ValueError):
            continue
        if conf >= args.min_confidence:
            counts[(row["camera"], row["species"])] += 1

    w = csv.writer(sys.stdout)
    w.writerow(["camera", "species", "count"])
    for (cam, sp), n in sorted(counts.items()):
        w.writerow([cam, sp, n])


if __name__ == "__main__":
    main()
