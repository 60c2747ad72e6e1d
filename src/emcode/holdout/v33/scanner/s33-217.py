import argparse
import csv
import json
from pathlib import Path

CONFIG = Path("/etc/parking/zones.json")


def main():
    ap = argparse.ArgumentParser(description="write a zone capacity report")
    ap.add_argument("out", help="where to write the csv")
    ns = ap.parse_args()
    zones = json.loads(CONFIG.read_text())
    with open(ns.out, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["zone", "capacity", "ev_spaces"])
        for z in zones:
            w.writerow([z["id"], z["capacity"], z.get("ev", 0)])


if __name__ == "__main__":
    main()
