import argparse
import csv
import logging

log = logging.getLogger("payroll.import")


def main():
    ap = argparse.ArgumentParser(description="Validate a timesheet CSV")
    ap.add_argument("path")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO)
    total, bad = 0.0, 0
    with open(args.path, newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh), 2):
            try:
                hours = float(row["hours"])
            except (KeyError, ValueError):
                bad += 1
                log.warning("line %d: hours missing or not a number", n)
                continue
            total += hours
    log.info("total hours %.2f, %d bad lines", total, bad)


if __name__ == "__main__":
    main()
