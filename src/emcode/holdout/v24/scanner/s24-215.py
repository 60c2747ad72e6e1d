import argparse
import csv
import operator

OPS = {"==": operator.eq, "!=": operator.ne, "<": operator.lt, ">": operator.gt, "<=": operator.le, ">=": operator.ge}


def main() -> None:
    ap = argparse.ArgumentParser(description="Filter a readings CSV")
    ap.add_argument("csv_file")
    ap.add_argument("--column", required=True)
    ap.add_argument("--op", choices=sorted(OPS), default="==")
    ap.add_argument("--value", required=True)
    args = ap.parse_args()
    cmp = OPS[args.op]
    with open(args.csv_file, newline="") as fh:
        for row in csv.DictReader(fh):
            cell = row.get(args.column, "")
            try:
                keep = cmp(float(cell), float(args.value))
            except ValueError:
                keep = cmp(cell, args.value)
            if keep:
                print(row)


if __name__ == "__main__":
    main()
