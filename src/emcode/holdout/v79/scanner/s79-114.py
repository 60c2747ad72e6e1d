import logging
import os

import requests

log = logging.getLogger("sync")
TOKEN = os.environ["ARCHIVE_TOKEN"]


def sync():
    log.info("syncing with token ending ...%s", TOKEN[-4:])
    r = requests.get("https://archive.genealogy.example/api/changes", headers={"Authorization": f"Bearer {TOKEN}"}, timeout=20)
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(len(sync()), "changes")
