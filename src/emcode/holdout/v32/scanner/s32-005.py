import argparse
import os

import requests

BASE = "https://api.skyrewards.example/v2"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("member_id")
    args = ap.parse_args()
    r = requests.get(
        f"{BASE}/balances",
        params={"member": args.member_id},
        headers={"Authorization": f"Bearer {os.environ['SKYREWARDS_TOKEN']}"},
        timeout=10,
    )
    r.raise_for_status()
    print(r.json()["miles"])


if __name__ == "__main__":
    main()
