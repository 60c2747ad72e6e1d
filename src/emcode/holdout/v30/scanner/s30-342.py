import argparse
import sys

import yaml


def main() -> int:
    ap = argparse.ArgumentParser(description="Check a rota file for double-booked dentists")
    ap.add_argument("rota")
    args = ap.parse_args()
    with open(args.rota, encoding="utf-8") as fh:
        rota = yaml.safe_load(fh) or {}
    seen = {}
    clashes = 0
    for shift in rota.get("shifts", []):
        key = (shift["dentist"], shift["date"], shift["session"])
        if key in seen:
            print(f"clash: {key[0]} on {key[1]} {key[2]}")
            clashes += 1
        seen[key] = True
    return 1 if clashes else 0


if __name__ == "__main__":
    sys.exit(main())
