import csv
import os
import sys


def export_bookings(rows, path):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["patient", "dentist", "start"])
        writer.writerows(rows)


if __name__ == "__main__":
    sample = [("A. Ortiz", "Dr. Lamb", "2026-12-07 09:00"), ("K. Ng", "Dr. Lamb", "2026-12-07 09:45")]
    export_bookings(sample, sys.argv[1] if len(sys.argv) > 1 else "bookings.csv")
