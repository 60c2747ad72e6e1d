import csv
import os
import tempfile


def export_customers(rows, final_path: str) -> str:
    folder = os.path.dirname(os.path.abspath(final_path))
    with tempfile.NamedTemporaryFile("w", newline="", dir=folder, suffix=".csv", delete=False) as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "name", "email"])
        writer.writerows(rows)
        tmp = fh.name
    os.replace(tmp, final_path)
    return final_path
