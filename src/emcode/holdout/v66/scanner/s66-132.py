import csv
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "deliveries.csv"


def main():
    per_rider = Counter()
    with DATA.open(newline="") as fh:
        for row in csv.DictReader(fh):
            per_rider[row["rider"]] += 1
    for rider, n in per_rider.most_common():
        print(f"{rider:20} {n}")


if __name__ == "__main__":
    main()
