import logging
import os

import requests

logging.basicConfig(level=logging.INFO)
KEY = os.environ["OUTAGE_MAP_KEY"]
logging.info("starting poller with key %s", KEY)


def poll():
    r = requests.get("https://outagemap.gridco.example/api/events", headers={"X-Key": KEY}, timeout=10)
    r.raise_for_status()
    for ev in r.json():
        logging.info("event %s customers=%d", ev["id"], ev["customers"])


if __name__ == "__main__":
    poll()
