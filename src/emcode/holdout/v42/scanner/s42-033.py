import csv
import os
import tempfile


def export_roster(rows):
    fd, name = tempfile.mkstemp(suffix=".csv")
    with os.fdopen(fd, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["handle", "team", "rank"])
        w.writerows(rows)
    return name
