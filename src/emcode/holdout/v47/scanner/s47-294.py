#!/usr/bin/env python3
import argparse
import csv
import logging
import time

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("meter-import")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csvfile")
    args = ap.parse_args()

    t0 = time.perf_counter()
    good = bad = 0
    with open(args.csvfile, newline="") as fh:
        for row in csv.DictReader(fh):
            try:
                float(row["litres"])
                good += 1
            except (KeyError, ValueError):
                bad += 1
    log.info("imported %d rows, rejected %d, took %.2fs", good, bad, time.perf_counter() - t0)


if __name__ == "__main__":
    main()
