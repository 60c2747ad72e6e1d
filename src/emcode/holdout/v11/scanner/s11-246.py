import argparse
import csv
import os
import re

EXPORT_DIR = os.path.abspath("exports")
NAME_RE = re.compile(r"^[\w.-]{1,64}\.csv$")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="inventory.csv")
    args = ap.parse_args()
    name = os.path.basename(args.out)
    if not NAME_RE.match(name) or name.startswith("."):
        raise SystemExit("output must be a plain .csv file name")
    os.makedirs(EXPORT_DIR, exist_ok=True)
    with open(os.path.join(EXPORT_DIR, name), "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["sku", "qty"])
        w.writerows([("A-1", 3), ("B-7", 12)])


if __name__ == "__main__":
    main()
