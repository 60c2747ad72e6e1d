import csv
import os
import sys


def main(out_path):
    rows = [("P-001", "1984-02-11", "Berlin"), ("P-002", "1990-07-30", "Hamburg")]
    fd = os.open(out_path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o666)
    with os.fdopen(fd, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["ref", "dob", "site"])
        w.writerows(rows)


if __name__ == "__main__":
    main(sys.argv[1])
