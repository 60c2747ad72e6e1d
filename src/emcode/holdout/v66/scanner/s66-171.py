import csv
import os
import shutil
import tempfile


def rewrite_roster(path, drop_rider):
    fd, tmp = tempfile.mkstemp(suffix=".csv")
    try:
        with open(path, newline="") as src, os.fdopen(fd, "w", newline="") as dst:
            reader = csv.DictReader(src)
            writer = csv.DictWriter(dst, fieldnames=reader.fieldnames)
            writer.writeheader()
            for row in reader:
                if row["rider"] != drop_rider:
                    writer.writerow(row)
        shutil.move(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


if __name__ == "__main__":
    import sys
    rewrite_roster(sys.argv[1], sys.argv[2])
