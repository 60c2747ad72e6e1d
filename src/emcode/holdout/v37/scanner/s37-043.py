import csv
import sys

OUT = "/tmp/rota_export.csv"


def main():
    rows = [line.rstrip("\n").split("\t") for line in sys.stdin]
    with open(OUT, "w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    print("exported to", OUT)


if __name__ == "__main__":
    main()
