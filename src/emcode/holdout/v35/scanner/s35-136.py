import argparse
import os

import requests


def main():
    ap = argparse.ArgumentParser(description="Sync adoption listings to the partner portal")
    ap.add_argument("--since", default="1970-01-01")
    args = ap.parse_args()
    token = os.environ["PORTAL_TOKEN"]
    print(f"Starting sync since {args.since} using token {token}")
    r = requests.get(
        "https://portal.petpartners.example.org/api/listings",
        params={"since": args.since},
        headers={"Authorization": f"Token {token}"},
        timeout=30,
    )
    r.raise_for_status()
    print(len(r.json()), "listings")


if __name__ == "__main__":
    main()
