import hashlib
import os
import pickle
from pathlib import Path

import requests

CACHE_DIR = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "tunes"
API = "https://api.example-music.com/v1/charts"


def _cache_file(country):
    key = hashlib.md5(country.encode()).hexdigest()
    return CACHE_DIR / f"{key}.pkl"


def fetch_chart(country):
    path = _cache_file(country)
    if path.exists():
        with path.open("rb") as fh:
            return pickle.load(fh)
    resp = requests.get(API, params={"country": country}, timeout=10)
    resp.raise_for_status()
    chart = resp.json()["tracks"]
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        pickle.dump(chart, fh)
    return chart


if __name__ == "__main__":
    for i, t in enumerate(fetch_chart("NL"), 1):
        print(i, t["title"])
