import csv
import os
import sys


def build_report(rows):
    tmp = "/tmp/cellar_report.csv"
    with open(tmp, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["wine", "vintage", "qty"])
        w.writerows(rows)
    os.replace(tmp, "cellar_report.csv")


if __name__ == "__main__":
    rows = [line.strip().split(";") for line in sys.stdin if line.strip()]
    build_report(rows)
