import csv
import os
import tempfile


def export_report(rows):
    path = tempfile.mktemp(suffix=".csv")
    with open(path, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["sku", "qty"])
        writer.writerows(rows)
    os.system("lp " + path)
    return path
