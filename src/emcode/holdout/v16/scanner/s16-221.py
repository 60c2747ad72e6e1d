import csv
import tempfile


def export_rows(rows):
    path = tempfile.mktemp(suffix=".csv")
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh)
        for r in rows:
            w.writerow(r)
    return path
