import logging
import os
import sys

import requests

logging.basicConfig(level=logging.DEBUG)
log = logging.getLogger("publish")


def publish(wheel):
    token = os.environ["REGISTRY_TOKEN"]
    headers = {"Authorization": f"Bearer {token}"}
    log.debug("POST with headers %s", headers)
    with open(wheel, "rb") as fh:
        r = requests.post("https://registry.example.dev/api/upload", headers=headers, data=fh, timeout=60)
    log.info("status %s", r.status_code)
    r.raise_for_status()


if __name__ == "__main__":
    publish(sys.argv[1])
