import argparse
import csv
import json


def main():
    ap = argparse.ArgumentParser(description="Export turbine service intervals to CSV")
    ap.add_argument("output", type=argparse.FileType("w"))
    args = ap.parse_args()
    with open("/etc/windfarm/intervals.json") as fh:
        intervals = json.load(fh)
    w = csv.writer(args.output)
    w.writerow(["turbine", "days"])
    for t, d in sorted(intervals.items()):
        w.writerow([t, d])


if __name__ == "__main__":
    main()
