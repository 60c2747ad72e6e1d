import csv
import tempfile


def export_roster(rows):
    name = tempfile.mktemp(suffix=".csv")
    with open(name, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["handle", "team", "rank"])
        w.writerows(rows)
    return name
