import argparse
import xml.etree.ElementTree as ET
from pathlib import Path

CONFIG = Path(__file__).with_name("zones.xml")


def load_zones():
    tree = ET.parse(CONFIG)
    return {z.get("code"): int(z.get("minutes")) for z in tree.getroot().iter("zone")}


def main():
    ap = argparse.ArgumentParser(description="Print the time limit for a parking zone")
    ap.add_argument("zone")
    args = ap.parse_args()
    limits = load_zones()
    if args.zone not in limits:
        raise SystemExit(f"unknown zone {args.zone}")
    print(f"{args.zone}: {limits[args.zone]} minutes")


if __name__ == "__main__":
    main()
