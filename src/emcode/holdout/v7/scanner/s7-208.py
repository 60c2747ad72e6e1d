import argparse
import csv
import sys


def main():
    ap = argparse.ArgumentParser(description="Filter CSV rows with a Python expression")
    ap.add_argument("csvfile")
    ap.add_argument("--filter", default="True", help="e.g. int(row['age']) > 30")
    args = ap.parse_args()
    with open(args.csvfile, newline="") as fh:
        reader = csv.DictReader(fh)
        writer = csv.DictWriter(sys.stdout, fieldnames=reader.fieldnames)
        writer.writeheader()
        for row in reader:
            if eval(args.filter, {"row": row}):
                writer.writerow(row)


if __name__ == "__main__":
    main()
