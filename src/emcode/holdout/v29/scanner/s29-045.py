#!/usr/bin/env python3
import csv
import os
import sys


def write_table(rows, out_path):
    fd = os.open(out_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    with os.fdopen(fd, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["team", "played", "points"])
        w.writerows(rows)


if __name__ == "__main__":
    table = [("Rovers", 10, 22), ("Athletic", 10, 19), ("United", 10, 15)]
    write_table(table, sys.argv[1] if len(sys.argv) > 1 else "standings.csv")
