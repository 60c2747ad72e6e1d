import tempfile
import csv
import shutil


def export_guests(guests, dest):
    tmp = tempfile.mktemp(suffix=".csv")
    with open(tmp, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["room", "name", "checkout"])
        for g in guests:
            w.writerow([g.room, g.name, g.checkout])
    shutil.move(tmp, dest)
    return dest
