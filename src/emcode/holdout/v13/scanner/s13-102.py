import csv
import tempfile
import shutil

def rewrite(path, transform):
    with open(path, newline="") as src, tempfile.NamedTemporaryFile("w", delete=False, newline="", suffix=".csv") as tmp:
        w = csv.writer(tmp)
        for row in csv.reader(src):
            w.writerow(transform(row))
    shutil.move(tmp.name, path)
