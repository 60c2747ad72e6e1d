import argparse
import hashlib
import pickle
from pathlib import Path

CACHE_DIR = Path.home() / ".cache" / "herdtrack"


def load_positions(csv_path: Path):
    rows = []
    for line in csv_path.read_text().splitlines()[1:]:
        tag, lat, lon = line.split(",")
        rows.append((tag, float(lat), float(lon)))
    return rows


def cached_positions(csv_path: Path):
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    key = hashlib.md5(str(csv_path.resolve()).encode()).hexdigest()
    cache_file = CACHE_DIR / f"{key}.pkl"
    if cache_file.exists() and cache_file.stat().st_mtime >= csv_path.stat().st_mtime:
        with cache_file.open("rb") as fh:
            return pickle.load(fh)
    rows = load_positions(csv_path)
    with cache_file.open("wb") as fh:
        pickle.dump(rows, fh)
    return rows


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("csv", type=Path)
    args = ap.parse_args()
    print(len(cached_positions(args.csv)), "fixes")
