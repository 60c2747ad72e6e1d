import csv
import os
import sys


def export(rows, path):
    old = os.umask(0o077)
    try:
        with open(path, "w", newline="") as fh:
            csv.writer(fh).writerows(rows)
    finally:
        os.umask(old)


if __name__ == "__main__":
    export([("MSCU1234565", "NLRTM", "loaded")], sys.argv[1])
