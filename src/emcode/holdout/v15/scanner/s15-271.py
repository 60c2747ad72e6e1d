import csv
import tempfile


def export_csv(rows):
    with tempfile.NamedTemporaryFile("w", suffix=".csv", newline="", delete=False) as fh:
        w = csv.writer(fh)
        w.writerows(rows)
        return fh.name
