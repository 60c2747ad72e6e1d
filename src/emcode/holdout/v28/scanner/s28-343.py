import os

import requests

CARRIER_API = "https://api.bluefin-shipping.example/v1"
CA_BUNDLE = os.environ.get("CARRIER_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt")


def book_pickup(order_id, address, weight_kg):
    resp = requests.post(
        f"{CARRIER_API}/pickups",
        json={"reference": order_id, "address": address, "weight": weight_kg},
        headers={"Authorization": f"Bearer {os.environ['CARRIER_TOKEN']}"},
        verify=CA_BUNDLE,
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()["pickup_id"]


if __name__ == "__main__":
    print(book_pickup("ORD-5521", "12 Dock Rd, Felixstowe", 340))
