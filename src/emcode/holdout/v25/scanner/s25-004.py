import argparse
import csv


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csvfile")
    ap.add_argument("--filter", default="True", help="python expression over row")
    args = ap.parse_args()
    with open(args.csvfile, newline="") as fh:
        for row in csv.DictReader(fh):
            scope = {"row": row, "keep": False}
            exec("keep = " + args.filter, scope)
            if scope["keep"]:
                print(row)


if __name__ == "__main__":
    main()
