import argparse
import hashlib
import pickle
from pathlib import Path

import requests

CACHE_DIR = Path.home() / ".cache" / "miles-calc"


def fetch_airports():
    key = hashlib.md5(b"airports-v3").hexdigest()
    cache = CACHE_DIR / f"{key}.pkl"
    if cache.exists():
        with cache.open("rb") as fh:
            return pickle.load(fh)
    data = requests.get("https://data.openairports.example/airports.json", timeout=20).json()
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    with cache.open("wb") as fh:
        pickle.dump(data, fh)
    return data


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("iata")
    args = ap.parse_args()
    airports = {a["iata"]: a for a in fetch_airports()}
    a = airports.get(args.iata.upper())
    print(a["name"] if a else "unknown airport")


if __name__ == "__main__":
    main()
