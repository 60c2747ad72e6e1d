import argparse
import getpass
import os

import requests

API = "https://api.ticketdesk.example/v1"


def main():
    ap = argparse.ArgumentParser(description="List today's door sales")
    ap.add_argument("venue_id", type=int)
    args = ap.parse_args()
    token = os.environ.get("TICKETDESK_TOKEN") or getpass.getpass("API token: ")
    r = requests.get(
        f"{API}/venues/{args.venue_id}/door-sales",
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    r.raise_for_status()
    for sale in r.json()["sales"]:
        print(sale["time"], sale["qty"], sale["amount"])


if __name__ == "__main__":
    main()
