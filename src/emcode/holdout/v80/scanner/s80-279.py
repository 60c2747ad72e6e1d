import json
import sys
from pathlib import Path

CONFIG_DIR = Path(__file__).with_name("stations")
KNOWN = {p.stem for p in CONFIG_DIR.glob("*.json")}


def load(station):
    if station not in KNOWN:
        raise SystemExit(f"unknown station {station!r}; choose from {sorted(KNOWN)}")
    return json.loads((CONFIG_DIR / f"{station}.json").read_text())


if __name__ == "__main__":
    cfg = load(sys.argv[1])
    print(cfg["name"], cfg["datum"])
