import csv
import os
import shutil
import tempfile


def normalise(src_csv, dest_csv):
    with tempfile.TemporaryDirectory(prefix="etl-") as work:
        tmp = os.path.join(work, "stage1.csv")
        with open(src_csv, newline="") as fin, open(tmp, "w", newline="") as fout:
            r, w = csv.reader(fin), csv.writer(fout)
            for row in r:
                w.writerow([c.strip().lower() for c in row])
        shutil.move(tmp, dest_csv)


if __name__ == "__main__":
    import sys
    normalise(sys.argv[1], sys.argv[2])
