import csv
import tempfile
import shutil


def export_customers(rows, final_path):
    tmp = tempfile.mktemp(suffix=".csv")
    with open(tmp, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "name", "email"])
        writer.writerows(rows)
    shutil.move(tmp, final_path)
    return final_path
