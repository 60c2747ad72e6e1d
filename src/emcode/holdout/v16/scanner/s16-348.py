import csv
import tempfile


def export_rows(rows) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".csv", newline="", delete=False) as fh:
        w = csv.writer(fh)
        for r in rows:
            w.writerow(r)
        return fh.name
