import logging
import time

import requests

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("dock-sync")
API = "https://api.citybike.example/v2/docks"


def sync():
    t0 = time.monotonic()
    r = requests.get(API, timeout=20)
    r.raise_for_status()
    docks = r.json()
    empty = sum(1 for d in docks if d.get("bikes", 0) == 0)
    log.info("synced %d docks (%d empty) in %.1fs", len(docks), empty, time.monotonic() - t0)
    return docks


if __name__ == "__main__":
    sync()
