import os
import sys

import requests

BASE = "https://api.openhouse-listings.example/v2"


def listing(listing_id: int) -> dict:
    r = requests.get(
        f"{BASE}/listings/{listing_id}",
        headers={"X-Api-Key": os.environ["OPENHOUSE_API_KEY"]},
        timeout=15,
    )
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    data = listing(int(sys.argv[1]))
    print(data["address"], data["asking_price"])
