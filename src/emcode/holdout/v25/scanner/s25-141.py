import argparse
import csv


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csvfile")
    ap.add_argument("--where", action="append", default=[], help="column=value")
    args = ap.parse_args()
    conds = [w.split("=", 1) for w in args.where if "=" in w]
    with open(args.csvfile, newline="") as fh:
        for row in csv.DictReader(fh):
            if all(row.get(col) == val for col, val in conds):
                print(row)


if __name__ == "__main__":
    main()
