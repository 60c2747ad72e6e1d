import os
import csv
import argparse


def export_payslips(rows, out_path):
    fd = os.open(out_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o777)
    with os.fdopen(fd, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["employee", "gross", "net", "iban"])
        for row in rows:
            writer.writerow(row)


def main():
    parser = argparse.ArgumentParser(description="Export payslips to CSV")
    parser.add_argument("out")
    args = parser.parse_args()
    rows = [("a.lee", 5200, 3900, "DE89370400440532013000")]
    export_payslips(rows, args.out)


if __name__ == "__main__":
    main()
