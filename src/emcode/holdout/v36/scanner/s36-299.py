import argparse
import csv
from pathlib import Path


def main():
    ap = argparse.ArgumentParser(description="Write the weekly chair-utilisation report")
    ap.add_argument("outdir", type=Path)
    args = ap.parse_args()
    args.outdir.mkdir(parents=True, exist_ok=True)
    out = args.outdir / "chair_utilisation.csv"
    with out.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["chair", "booked_hours", "available_hours"])
        w.writerows([(1, 31.5, 40), (2, 28.0, 40), (3, 12.5, 20)])
    print("wrote", out)


if __name__ == "__main__":
    main()
