import argparse
import csv
from collections import Counter


def main():
    ap = argparse.ArgumentParser(description="Count surnames in a family CSV export")
    ap.add_argument("csv_path")
    ap.add_argument("--top", type=int, default=10)
    args = ap.parse_args()
    counts = Counter()
    with open(args.csv_path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            counts[row.get("surname", "").strip().title()] += 1
    for name, n in counts.most_common(args.top):
        print(f"{n:5d}  {name}")


if __name__ == "__main__":
    main()
