#!/usr/bin/env python3
import argparse
import sys

import yaml


def main():
    ap = argparse.ArgumentParser(description="Validate an auction catalogue YAML file")
    ap.add_argument("catalogue")
    args = ap.parse_args()

    with open(args.catalogue, encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=yaml.UnsafeLoader)

    errors = 0
    for i, lot in enumerate(data.get("lots", []), 1):
        for field in ("title", "issue", "grade"):
            if field not in lot:
                print(f"lot {i}: missing {field}", file=sys.stderr)
                errors += 1
    print(f"{len(data.get('lots', []))} lots, {errors} problems")


if __name__ == "__main__":
    main()
