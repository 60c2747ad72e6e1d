import csv
import tempfile
import shutil
import argparse


def export(rows, dest):
    tmp = tempfile.mktemp(prefix="roster-")
    with open(tmp, "w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    shutil.move(tmp, dest)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("dest")
    export([("Ana", "B1"), ("Luis", "A2")], ap.parse_args().dest)
