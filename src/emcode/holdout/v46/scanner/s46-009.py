import csv
import os
import sys

ROSTER = [
    ("Maya Lind", "ASL, LSF", "certified"),
    ("Tom Okafor", "BSL", "provisional"),
]


def export(path):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["name", "languages", "status"])
        w.writerows(ROSTER)


if __name__ == "__main__":
    export(sys.argv[1] if len(sys.argv) > 1 else "roster.csv")
