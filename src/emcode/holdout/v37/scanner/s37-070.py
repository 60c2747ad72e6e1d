import csv
import os
import sys
import tempfile


def main():
    rows = [line.rstrip("\n").split("\t") for line in sys.stdin]
    fd, path = tempfile.mkstemp(prefix="rota_", suffix=".csv")
    with os.fdopen(fd, "w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    print("exported to", path)


if __name__ == "__main__":
    main()
