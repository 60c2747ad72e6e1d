import os
import pickle
from pathlib import Path

import requests

CACHE = Path.home() / ".cache" / "tidegauge" / "stations.pkl"
API = "https://tides.example.org/api/v2/stations"


def load_stations():
    if CACHE.exists():
        with CACHE.open("rb") as fh:
            return pickle.load(fh)
    resp = requests.get(API, timeout=10)
    resp.raise_for_status()
    stations = {s["id"]: s for s in resp.json()["stations"]}
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    with CACHE.open("wb") as fh:
        pickle.dump(stations, fh)
    os.chmod(CACHE, 0o600)
    return stations


if __name__ == "__main__":
    print(len(load_stations()), "stations")
