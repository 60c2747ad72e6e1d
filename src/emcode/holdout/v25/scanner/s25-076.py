import os
import csv


def write_report(rows, path="/srv/reports/housekeeping.csv"):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o640)
    with os.fdopen(fd, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["room", "status", "staff"])
        w.writerows(rows)
    return path


def summarise(rows):
    done = sum(1 for r in rows if r[1] == "clean")
    return {"clean": done, "pending": len(ro