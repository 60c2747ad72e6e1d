import argparse
import json
from pathlib import Path

DEFAULTS = Path(__file__).with_name("clinic_defaults.json")


def main():
    ap = argparse.ArgumentParser(description="Generate vaccination schedule")
    ap.add_argument("species", choices=["dog", "cat", "rabbit"])
    ap.add_argument("-o", "--output", type=argparse.FileType("w"), default="-")
    args = ap.parse_args()
    cfg = json.loads(DEFAULTS.read_text())
    for week, vaccine in cfg["schedules"][args.species]:
        args.output.write(f"week {week:>3}: {vaccine}\n")


if __name__ == "__main__":
    main()
