import argparse
import os
import pickle
import hashlib

CACHE_DIR = os.path.join(os.path.expanduser("~"), ".cache", "cellar-report")


def cache_path(csv_path):
    key = hashlib.md5(os.path.abspath(csv_path).encode()).hexdigest()
    return os.path.join(CACHE_DIR, key + ".pkl")


def parse_inventory(csv_path):
    rows = []
    with open(csv_path, newline="") as fh:
        next(fh, None)
        for line in fh:
            wine, vintage, qty = line.rstrip("\n").split(",")[:3]
            rows.append((wine, int(vintage), int(qty)))
    return rows


def load_inventory(csv_path):
    cp = cache_path(csv_path)
    if os.path.exists(cp) and os.path.getmtime(cp) >= os.path.getmtime(csv_path):
        with open(cp, "rb") as fh:
            return pickle.load(fh)
    rows = parse_inventory(csv_path)
    os.makedirs(CACHE_DIR, exist_ok=True)
    with open(cp, "wb") as fh:
        pickle.dump(rows, fh)
    return rows


def main():
    ap = argparse.ArgumentParser(description="Summarise cellar inventory")
    ap.add_argument("csv")
    args = ap.parse_args()
    rows = load_inventory(args.csv)
    total = sum(q for _, _, q in rows)
    print(f"{len(rows)} wines, {total} bottles")


if __name__ == "__main__":
    main()
