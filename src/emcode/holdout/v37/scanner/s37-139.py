import argparse
import sys

import yaml


def main():
    ap = argparse.ArgumentParser(description="Validate a concert programme file")
    ap.add_argument("programme", type=argparse.FileType("r"))
    args = ap.parse_args()
    doc = yaml.safe_load(args.programme)
    pieces = doc.get("pieces", [])
    total = sum(int(p.get("minutes", 0)) for p in pieces)
    print(f"{len(pieces)} pieces, {total} minutes")
    if total > 120:
        print("warning: programme longer than two hours", file=sys.stderr)


if __name__ == "__main__":
    main()
