import csv
import tempfile
import shutil


def export_orders(orders, dest):
    tmp_name = tempfile.mktemp(suffix=".csv")
    with open(tmp_name, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "total"])
        for o in orders:
            w.writerow([o["id"], o["total"]])
    shutil.move(tmp_name, dest)
    return dest
