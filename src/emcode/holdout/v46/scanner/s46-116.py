import argparse
import json
from datetime import datetime


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("schedule", type=argparse.FileType("r", encoding="utf-8"))
    args = ap.parse_args()
    data = json.load(args.schedule)
    for item in sorted(data.get("sessions", []), key=lambda s: s["start"]):
        start = datetime.fromisoformat(item["start"])
        print(f"{start:%a %H:%M}  {item.get('rink', '?'):<10} {item.get('activity', '')}")


if __name__ == "__main__":
    main()
