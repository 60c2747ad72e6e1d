import argparse
import json
from decimal import Decimal


def load_prices(path):
    with open(path, encoding="utf-8") as fh:
        raw = json.load(fh)
    return {k: Decimal(str(v)) for k, v in raw.items()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("prices")
    ap.add_argument("machine")
    ap.add_argument("days", type=int)
    a = ap.parse_args()
    prices = load_prices(a.prices)
    if a.machine not in prices:
        raise SystemExit(f"unknown machine {a.machine}")
    print(f"{a.machine}: {prices[a.machine] * a.days}")


if __name__ == "__main__":
    main()
