import argparse
import json


def main():
    ap = argparse.ArgumentParser(description="compute parking fee")
    ap.add_argument("--rates", default='{"first_hour": 3.0, "per_hour": 2.0, "daily_max": 18.0}')
    ap.add_argument("hours", type=float)
    ns = ap.parse_args()
    rates = json.loads(ns.rates)
    fee = rates["first_hour"] + max(0.0, ns.hours - 1) * rates["per_hour"]
    print(f"{min(fee, rates['daily_max']):.2f}")


if __name__ == "__main__":
    main()
