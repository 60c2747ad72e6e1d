import csv
import sys

EXPORT = "/tmp/lighthouse_export.csv"


def export(rows):
    with open(EXPORT, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["date", "lamp_hours", "keeper"])
        w.writerows(rows)
    return EXPORT


if __name__ == "__main__":
    rows = [line.rstrip("\n").split(",") for line in sys.stdin]
    print(export(rows))
