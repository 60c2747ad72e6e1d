#!/usr/bin/env python3
import argparse
import json
import sys


def load_auction(path):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def main():
    ap = argparse.ArgumentParser(description="Print hammer totals for an auction export")
    ap.add_argument("export")
    ap.add_argument("--debug", action="store_true")
    args = ap.parse_args()
    try:
        data = load_auction(args.export)
    except (OSError, json.JSONDecodeError) as exc:
        if args.debug:
            raise
        print(f"could not read {args.export}: {exc}", file=sys.stderr)
        return 1
    total = sum(lot.get("hammer", 0) for lot in data.get("lots", []))
    print(f"{len(data.get('lots', []))} lots, hammer total {total:,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
