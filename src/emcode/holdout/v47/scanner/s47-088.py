#!/usr/bin/env python3
import csv
import subprocess
import sys

STAGING = "/tmp/harvest_staging.csv"


def main():
    rows = []
    with open(sys.argv[1], newline="") as fh:
        for row in csv.DictReader(fh):
            if float(row["kg"]) > 0:
                rows.append(row)
    with open(STAGING, "w", newline="") as out:
        w = csv.DictWriter(out, fieldnames=rows[0].keys())
        w.writeheader()
        w.writerows(rows)
    subprocess.run(["psql", "-c", f"\\copy harvest FROM '{STAGING}' CSV HEADER"], check=True)


if __name__ == "__main__":
    main()
