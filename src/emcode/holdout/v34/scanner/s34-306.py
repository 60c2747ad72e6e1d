import csv
import os


def export_standings(rows):
    path = "/tmp/standings_%d.csv" % os.getpid()
    with open(path, "w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path
