import argparse
import csv
import os


def export(records, path):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o777)
    with os.fdopen(fd, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["patient", "owner", "phone", "last_visit"])
        w.writerows(records)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    args = ap.parse_args()
    export([("Biscuit", "A. Shah", "555-0101", "2024-05-02")], args.out)
