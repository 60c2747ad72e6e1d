import csv
import tempfile


def export(rows: list[dict]) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".csv", newline="", delete=False) as fh:
        writer = csv.DictWriter(fh, fieldnames=sorted(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
        return fh.name
