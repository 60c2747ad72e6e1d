import logging
import os

import requests

logging.basicConfig(level=logging.DEBUG)
logger = logging.getLogger(__name__)

API_KEY = os.environ["SOLARCLOUD_KEY"]
logger.debug("using SolarCloud key %s", API_KEY)


def fetch_site(site_id: int) -> dict:
    r = requests.get(f"https://api.solarcloud.example/sites/{int(site_id)}",
                     headers={"X-Api-Key": API_KEY}, timeout=10)
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    print(fetch_site(42)["name"])
