import csv
import shutil
import sys
import tempfile


def rewrite_amounts(path):
    with open(path, newline="") as src, tempfile.NamedTemporaryFile("w", newline="", delete=False, dir=".") as tmp:
        reader = csv.DictReader(src)
        writer = csv.DictWriter(tmp, fieldnames=reader.fieldnames)
        writer.writeheader()
        for row in reader:
            row["amount"] = f"{float(row['amount']):.2f}"
            writer.writerow(row)
    shutil.move(tmp.name, path)


if __name__ == "__main__":
    rewrite_amounts(sys.argv[1])
