import os
import csv


def export_candidates(rows, path):
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["candidate", "score", "flags"])
        for r in rows:
            w.writerow([r["candidate"], r["score"], ";".join(r["fl
