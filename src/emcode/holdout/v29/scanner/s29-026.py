import logging
import time

import requests

log = logging.getLogger("sync")
logging.basicConfig(level=logging.INFO)

SOURCE = "https://opendata.citylibrary.gov/api/branches.json"


def sync_branches(store):
    started = time.monotonic()
    resp = requests.get(SOURCE, timeout=30)
    resp.raise_for_status()
    branches = resp.json()
    for b in branches:
        store.upsert(b["id"], b)
    log.info("synced %d branches in %.1fs", len(branches), time.monotonic() - started)


if __name__ == "__main__":
    from store import BranchStore
    sync_branches(BranchStore("branches.db"))
