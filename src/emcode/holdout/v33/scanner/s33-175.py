import logging
import time

import requests

log = logging.getLogger("sync")
logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")

FEED = "https://registry.example.dev/api/changes"


def sync_once(since):
    t0 = time.monotonic()
    r = requests.get(FEED, params={"since": since}, timeout=30)
    r.raise_for_status()
    changes = r.json()["changes"]
    log.info("synced %d changes in %.2fs", len(changes), time.monotonic() - t0)
    return changes[-1]["serial"] if changes else since


if __name__ == "__main__":
    serial = 0
    while True:
        serial = sync_once(serial)
        time.sleep(60)
