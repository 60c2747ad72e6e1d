import csv
import os
import sys
import tempfile


def build_report(rows, target="cellar_report.csv"):
    fd, tmp = tempfile.mkstemp(suffix=".csv", dir=os.path.dirname(os.path.abspath(target)))
    try:
        with os.fdopen(fd, "w", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["wine", "vintage", "qty"])
            w.writerows(rows)
        os.replace(tmp, target)
    except BaseException:
        os.unlink(tmp)
        raise


if __name__ == "__main__":
    rows = [line.strip().split(";") for line in sys.stdin if line.strip()]
    build_report(rows)
