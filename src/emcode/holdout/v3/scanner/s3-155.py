import csv
import os


def export_customers(rows, out_path="/srv/exports/customers.csv"):
    with open(out_path, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "name", "email"])
        writer.writerows(rows)
    os.chmod(out_path, 0o777)
    return out_path
