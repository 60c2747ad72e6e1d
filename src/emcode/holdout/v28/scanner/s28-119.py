import csv
import os
import sys

EXPORT_ROOT = "/srv/clinic/exports"


def export_invoices(rows, clinic):
    folder = os.path.join(EXPORT_ROOT, clinic)
    os.makedirs(folder, mode=0o777, exist_ok=True)
    path = os.path.join(folder, "invoices.csv")
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["invoice", "owner", "amount"])
        w.writerows(rows)
    return path


if __name__ == "__main__":
    sample = [("INV-1", "J. Park", "120.00"), ("INV-2", "A. Silva", "64.50")]
    print(export_invoices(sample, sys.argv[1] if len(sys.argv) > 1 else "main"))
