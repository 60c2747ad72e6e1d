import argparse
import os

import httpx


def main():
    ap = argparse.ArgumentParser(description="List open garden work days")
    ap.add_argument("--month", type=int, required=True)
    args = ap.parse_args()
    with httpx.Client(base_url="https://api.gardenshare.org", timeout=10, headers={"Authorization": f"Token {os.environ['GARDEN_TOKEN']}"}) as client:
        r = client.get("/workdays", params={"month": args.month})
        r.raise_for_status()
        for day in r.json():
            print(day["date"], day["garden"], day["slots_left"])


if __name__ == "__main__":
    main()
