import logging
import os
import sys

import requests

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("mailsync")


def main():
    token = os.environ.get("ESP_TOKEN")
    if not token:
        log.error("ESP_TOKEN not set")
        return 2
    log.info("using token ending in ...%s", token[-4:])
    r = requests.get("https://api.esp.example.com/v3/lists", headers={"Authorization": f"Bearer {token}"}, timeout=20)
    r.raise_for_status()
    for lst in r.json()["lists"]:
        print(lst["id"], lst["name"], lst["member_count"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
