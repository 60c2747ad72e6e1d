import csv
import tempfile


def export_roster(rows):
    with tempfile.NamedTemporaryFile("w", newline="", suffix=".csv", delete=False) as fh:
        w = csv.writer(fh)
        w.writerow(["name", "phone", "shift"])
        w.writerows(rows)
        return fh.name
