import json
import sys

CONFIG = "/etc/housekeeping/floors.json"


def main():
    with open(CONFIG, encoding="utf-8") as fh:
        floors = json.load(fh)
    for floor, rooms in sorted(floors.items()):
        print(f"floor {floor}: {len(rooms)} rooms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
