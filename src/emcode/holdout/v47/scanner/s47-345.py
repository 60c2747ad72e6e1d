#!/usr/bin/env python3
import logging
import os

import requests

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("vendor-sync")
ENDPOINT = "https://api.aquametrics-vendor.example.com/v1/readings"


def main():
    token = os.environ["VENDOR_TOKEN"]
    r = requests.get(ENDPOINT, headers={"Authorization": f"Bearer {token}"}, timeout=30)
    if not r.ok:
        log.error("vendor sync failed: HTTP %s from %s", r.status_code, ENDPOINT)
        return 1
    items = r.json().get("items", [])
    log.info("pulled %d readings from %s", len(items), ENDPOINT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
