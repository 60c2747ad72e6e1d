import os
import sys

import httpx


def fetch_inventory(depot: int):
    with httpx.Client(base_url="https://inventory.farmhire.example", timeout=10) as c:
        r = c.get(f"/depots/{depot}/machines", headers={"Authorization": f"Token {os.environ['INV_TOKEN']}"})
        r.raise_for_status()
        return r.json()


if __name__ == "__main__":
    for m in fetch_inventory(int(sys.argv[1])):
        print(m["id"], m["name"])
