import argparse
import csv
import os
import pickle
from pathlib import Path

CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "runstats" / "weekly.pkl"


def compute(csv_path):
    weekly = {}
    with open(csv_path, newline="") as fh:
        for row in csv.DictReader(fh):
            week = row["date"][:7]
            weekly[week] = weekly.get(week, 0.0) + float(row["km"])
    return weekly


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("--refresh", action="store_true")
    args = ap.parse_args()
    if CACHE.exists() and not args.refresh:
        with CACHE.open("rb") as fh:
            weekly = pickle.load(fh)
    else:
        weekly = compute(args.csv)
        CACHE.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with CACHE.open("wb") as fh:
            pickle.dump(weekly, fh)
    for week, km in sorted(weekly.items()):
        print(f"{week}: {km:.1f} km")


if __name__ == "__main__":
    main()
