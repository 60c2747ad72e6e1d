import argparse
import sys

from defusedxml import ElementTree


def main(argv=None):
    ap = argparse.ArgumentParser(description="Sum energy from an inverter XML export")
    ap.add_argument("export")
    args = ap.parse_args(argv)
    try:
        root = ElementTree.parse(args.export).getroot()
    except ElementTree.ParseError as exc:
        print(f"cannot parse export: {exc}", file=sys.stderr)
        return 1
    total = sum(float(e.text or 0) for e in root.iter("energy_wh"))
    print(f"{total / 1000:.2f} kWh")
    return 0


if __name__ == "__main__":
    sys.exit(main())
