import argparse
import json
from pathlib import Path

DEFAULTS = Path("/etc/roastery/defaults.json")


def main():
    ap = argparse.ArgumentParser(description="Print roast plan merged with defaults")
    ap.add_argument("plan", type=Path)
    args = ap.parse_args()
    merged = json.loads(DEFAULTS.read_text())
    merged.update(json.loads(args.plan.read_text()))
    for k, v in sorted(merged.items()):
        print(f"{k:>16}: {v}")


if __name__ == "__main__":
    main()
