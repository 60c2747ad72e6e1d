import os

import httpx

API = "https://api.hopco.example/v2"


def reorder(sku: str, qty: int) -> dict:
    with httpx.Client(base_url=API, timeout=15, headers={"Authorization": "Bearer " + os.environ["HOPCO_TOKEN"]}) as client:
        r = client.post("/orders", json={"sku": sku, "qty": qty})
        r.raise_for_status()
        return r.json()


if __name__ == "__main__":
    import sys
    print(reorder(sys.argv[1], int(sys.argv[2])))
