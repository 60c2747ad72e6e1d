import csv
import tempfile


def spool_report(rows):
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, newline="") as fh:
        csv.writer(fh).writerows(rows)
        return fh.name
