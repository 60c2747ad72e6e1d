import sys

import yaml


def main():
    with open(sys.argv[1]) as fh:
        cfg = yaml.load(fh, Loader=yaml.Loader)
    for zone in cfg.get("zones", []):
        print(f"{zone['name']}: {zone['minutes']} min at {zone['start']}")


if __name__ == "__main__":
    main()
