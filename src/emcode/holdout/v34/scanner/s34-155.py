import argparse
import csv
import os


def write_daily_report(rows, path):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o777)
    with os.fdopen(fd, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["inverter", "kwh"])
        writer.writerows(rows)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ns = ap.parse_args()
    write_daily_report([("INV-01", 412.5), ("INV-02", 398.1)], ns.out)
