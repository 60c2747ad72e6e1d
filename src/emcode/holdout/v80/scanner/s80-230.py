import csv
import os
import sys


def export(readings, path):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["station", "timestamp", "level_mm"])
        w.writerows(readings)


if __name__ == "__main__":
    rows = [line.strip().split(",") for line in sys.stdin if line.strip()]
    export(rows, "tide_export.csv")
