import csv
import subprocess
import tempfile


def export_report(rows: list[tuple[str, int]]) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".csv", newline="", delete=False) as fh:
        writer = csv.writer(fh)
        writer.writerow(["sku", "qty"])
        writer.writerows(rows)
        path = fh.name
    subprocess.run(["lp", path], check=True)
    return path
