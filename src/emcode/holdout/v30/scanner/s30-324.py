import argparse
import csv
import os
import pickle
from collections import Counter
from pathlib import Path

CACHE = Path.home() / ".cache" / "admissions-report" / "counts.pkl"


def load_counts(csv_path: Path) -> Counter:
    if CACHE.exists() and CACHE.stat().st_mtime >= csv_path.stat().st_mtime:
        with CACHE.open("rb") as fh:
            return pickle.load(fh)
    counts = Counter()
    with csv_path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            counts[row["course"]] += 1
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(CACHE.parent, 0o700)
    with CACHE.open("wb") as fh:
        pickle.dump(counts, fh)
    return counts


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("applications", type=Path)
    for course, n in load_counts(ap.parse_args().applications).most_common():
        print(f"{course:<30}{n:>6}")
