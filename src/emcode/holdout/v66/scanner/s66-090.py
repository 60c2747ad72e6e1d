import csv
import os
import sys


def export_recalls(rows, path):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o777)
    with os.fdopen(fd, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["patient", "phone", "due"])
        w.writerows(rows)


if __name__ == "__main__":
    export_recalls([("A. Moss", "0400 000 000", "2026-01-12")], sys.argv[1])
