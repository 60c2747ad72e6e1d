import os
import pickle
import time

import requests

CACHE_PATH = os.path.join(os.path.dirname(__file__), ".timetable_cache.pkl")
FEED_URL = "https://transit.example-region.gov/gtfs/stops.json"
MAX_AGE = 3600


def load_stops():
    if os.path.exists(CACHE_PATH) and time.time() - os.path.getmtime(CACHE_PATH) < MAX_AGE:
        with open(CACHE_PATH, "rb") as fh:
            return pickle.load(fh)
    resp = requests.get(FEED_URL, timeout=10)
    resp.raise_for_status()
    stops = resp.json()
    with open(CACHE_PATH, "wb") as fh:
        pickle.dump(stops, fh)
    return stops


if __name__ == "__main__":
    for stop in load_stops()[:5]:
        print(stop["name"])
