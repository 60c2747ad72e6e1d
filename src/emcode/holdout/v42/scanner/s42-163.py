import argparse
import logging
import os

import requests

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("sync")


def main():
    ap = argparse.ArgumentParser(description="Sync fuel card transactions")
    ap.add_argument("--since", required=True, help="YYYY-MM-DD")
    args = ap.parse_args()
    token = os.environ["FLEET_API_TOKEN"]
    log.info("fetching transactions since %s (token ...%s)", args.since, token[-4:])
    r = requests.get(
        "https://api.fleetcards.example.com/v2/transactions",
        params={"since": args.since},
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )
    r.raise_for_status()
    log.info("received %d transactions", len(r.json()))


if __name__ == "__main__":
    main()
