import csv
import sys


def export_readings(rows):
    path = "/tmp/hearing_export.csv"
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["freq", "left", "right"])
        w.writerows(rows)
    return path


if __name__ == "__main__":
    data = [tuple(l.split(",")) for l in sys.stdin.read().split()]
    print(export_readings(data))
