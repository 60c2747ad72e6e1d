import csv
import os
import sys
import tempfile


def export(rows, target):
    directory = os.path.dirname(os.path.abspath(target))
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=".trips-", suffix=".csv")
    try:
        with os.fdopen(fd, "w", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["trip", "driver", "fare"])
            w.writerows(rows)
        os.replace(tmp, target)
    except BaseException:
        os.unlink(tmp)
        raise


if __name__ == "__main__":
    export([(1, "D-12", 14.5), (2, "D-07", 9.0)], sys.argv[1] if len(sys.argv) > 1 else "trips.csv")
