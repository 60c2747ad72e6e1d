import argparse
import csv


def main():
    ap = argparse.ArgumentParser(description="Filter a readings CSV with a Python condition")
    ap.add_argument("csv_file")
    ap.add_argument("--where", default="True")
    args = ap.parse_args()
    with open(args.csv_file) as fh:
        for row in csv.DictReader(fh):
            env = {"row": row, "keep": False}
            exec("keep = " + args.where, env)
            if env["keep"]:
                print(row)


if __name__ == "__main__":
    main()
