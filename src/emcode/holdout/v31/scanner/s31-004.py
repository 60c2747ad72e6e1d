import argparse
import csv


def main():
    ap = argparse.ArgumentParser(description="Filter museum loans by borrower")
    ap.add_argument("loans_csv")
    ap.add_argument("borrower", help="text to look for in the borrower column")
    args = ap.parse_args()
    needle = args.borrower.casefold()
    with open(args.loans_csv, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if needle in row["borrower"].casefold():
                print(row["object_id"], row["borrower"], row["due"])


if __name__ == "__main__":
    main()
