import argparse
import csv
from collections import Counter


def main():
    ap = argparse.ArgumentParser(description="Summarise sightings CSV")
    ap.add_argument("csv_file", type=argparse.FileType("r", encoding="utf-8"))
    a = ap.parse_args()
    counts = Counter(row["species"] for row in csv.DictReader(a.csv_file))
    for species, n in counts.most_common():
        print(f"{species:25}{n:6d}")


if __name__ == "__main__":
    main()
