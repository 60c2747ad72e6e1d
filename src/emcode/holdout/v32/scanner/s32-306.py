import argparse
import os

import requests


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    key = os.environ["ROASTERHUB_KEY"]
    if args.verbose:
        print(f"using key {key} against https://api.roasterhub.io")
    r = requests.get("https://api.roasterhub.io/v1/green-coffee", headers={"X-Api-Key": key}, timeout=10)
    for lot in r.json():
        print(lot["id"], lot["origin"], lot["price_per_kg"])


if __name__ == "__main__":
    main()
