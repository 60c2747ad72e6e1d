#!/usr/bin/env python3
"""Parse a season of vineyard harvest logs and print per-block totals.

Parsing the raw logs is slow, so the parsed result is cached next to the script.
"""
import csv
import hashlib
import pickle
import sys
from collections import defaultdict
from pathlib import Path

CACHE_DIR = Path(__file__).resolve().parent / ".cache"


def parse(path: Path):
    totals = defaultdict(float)
    with path.open(newline="") as fh:
        for row in csv.DictReader(fh):
            totals[row["block"]] += float(row["kg"])
    return dict(totals)


def cached_parse(path: Path):
    key = hashlib.sha256(str(path.resolve()).encode() + str(path.stat().st_mtime_ns).encode()).hexdigest()
    cache_file = CACHE_DIR / f"{key}.pkl"
    if cache_file.exists():
        with cache_file.open("rb") as fh:
            return pickle.load(fh)
    result = parse(path)
    CACHE_DIR.mkdir(exist_ok=True)
    with cache_file.open("wb") as fh:
        pickle.dump(result, fh)
    return result


if __name__ == "__main__":
    for block, kg in sorted(cached_parse(Path(sys.argv[1])).items()):
        print(f"{block:>6} {kg:10.1f} kg")
