import argparse
import csv


def main():
    ap = argparse.ArgumentParser(description="filter rows")
    ap.add_argument("csvfile")
    ap.add_argument("--where", default="True", help="python expression over row")
    args = ap.parse_args()
    pred = eval("lambda row: " + args.where)
    with open(args.csvfile, newline="") as fh:
        for row in csv.DictReader(fh):
            if pred(row):
                print(row)


main()
