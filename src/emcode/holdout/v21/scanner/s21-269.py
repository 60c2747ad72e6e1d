import csv
import os
import tempfile


def export_orders(orders, dest):
    folder = os.path.dirname(os.path.abspath(dest))
    with tempfile.NamedTemporaryFile("w", newline="", dir=folder, suffix=".csv", delete=False) as fh:
        w = csv.writer(fh)
        w.writerow(["id", "total"])
        for o in orders:
            w.writerow([o["id"], o["total"]])
        tmp_name = fh.name
    os.replace(tmp_name, dest)
    return dest
