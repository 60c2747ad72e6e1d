import argparse
import sys

import requests

API = "https://registry.beecoop.org/api/v1/apiaries"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("apiary_id", type=int)
    args = ap.parse_args()
    r = requests.get(f"{API}/{args.apiary_id}", timeout=10)
    if r.status_code == 404:
        sys.exit("no such apiary")
    r.raise_for_status()
    info = r.json()
    print(info.get("name"), "-", info.get("hive_count"), "hives")


if __name__ == "__main__":
    main()
