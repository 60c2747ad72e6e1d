import shelve
import time
from pathlib import Path

import requests

DB = str(Path(__file__).with_name("timetable_cache"))
TTL = 15 * 60


def departures(port_code):
    with shelve.open(DB) as cache:
        hit = cache.get(port_code)
        if hit and time.time() - hit[0] < TTL:
            return hit[1]
        r = requests.get("https://api.ferrylines.example/v1/departures", params={"port": port_code}, timeout=10)
        r.raise_for_status()
        data = r.json()
        cache[port_code] = (time.time(), data)
        return data


if __name__ == "__main__":
    import sys
    for d in departures(sys.argv[1]):
        print(d["time"], d["destination"])
