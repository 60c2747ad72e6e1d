import hashlib
import pickle
from pathlib import Path

import requests

CACHE_DIR = Path.home() / ".cache" / "ferry-timetable"
CACHE_DIR.mkdir(parents=True, exist_ok=True)
API = "https://api.ferrylines.example/v2/timetable"


def timetable(route: str) -> dict:
    key = hashlib.md5(route.encode()).hexdigest()
    cached = CACHE_DIR / f"{key}.pkl"
    if cached.exists():
        with cached.open("rb") as fh:
            return pickle.load(fh)
    resp = requests.get(API, params={"route": route}, timeout=10)
    resp.raise_for_status()
    data = resp.json()
    with cached.open("wb") as fh:
        pickle.dump(data, fh)
    return data


if __name__ == "__main__":
    import sys
    for leg in timetable(sys.argv[1]).get("legs", []):
        print(leg)
