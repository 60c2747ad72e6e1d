import argparse
import csv
from pathlib import Path


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--outdir", type=Path, default=Path.home() / "garden-exports")
    args = ap.parse_args()
    args.outdir.mkdir(parents=True, exist_ok=True)
    out = args.outdir / "waitlist.csv"
    with out.open("w", newline="") as fh:
        csv.writer(fh).writerows([("name", "requested_on"), ("A. Okafor", "2025-02-01")])
    print(out)


if __name__ == "__main__":
    main()
