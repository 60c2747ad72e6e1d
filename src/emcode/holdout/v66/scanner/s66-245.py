import pickle
import time
from pathlib import Path

import requests

CACHE = Path.home() / ".cache" / "ferrytt" / "timetable.pkl"
SOURCE = "https://timetables.example-ferries.com/api/v2/sailings"


def load_timetable(max_age=3600):
    if CACHE.exists() and time.time() - CACHE.stat().st_mtime < max_age:
        with CACHE.open("rb") as fh:
            return pickle.load(fh)
    resp = requests.get(SOURCE, timeout=10)
    resp.raise_for_status()
    data = resp.json()
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    with CACHE.open("wb") as fh:
        pickle.dump(data, fh)
    return data


if __name__ == "__main__":
    for s in load_timetable()["sailings"]:
        print(s["depart"], s["route"])
