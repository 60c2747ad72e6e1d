import argparse
import csv
import os


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--out", default="miles_report.csv")
    args = p.parse_args()
    rows = [("member", "miles"), ("A123", 52000), ("B456", 18000)]
    fd = os.open(args.out, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", newline="") as fh:
        csv.writer(fh).writerows(rows)


if __name__ == "__main__":
    main()
