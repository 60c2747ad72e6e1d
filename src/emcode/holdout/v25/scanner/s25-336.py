import csv
import os
import tempfile


def export_guests(guests, dest):
    folder = os.path.dirname(os.path.abspath(dest))
    with tempfile.NamedTemporaryFile("w", newline="", dir=folder, delete=False, suffix=".csv") as fh:
        w = csv.writer(fh)
        w.writerow(["room", "name", "checkout"])
        for g in guests:
            w.writerow([g.room, g.name, g.checkout])
        tmp = fh.name
    os.replace(tmp, dest)
    return dest
