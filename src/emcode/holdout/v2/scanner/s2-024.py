import csv
import tempfile


def export(rows: list[dict]) -> str:
    path = tempfile.mktemp(suffix=".csv")
    with open(path, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=sorted(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path
