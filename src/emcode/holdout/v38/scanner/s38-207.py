import argparse

import yaml


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("config")
    args = ap.parse_args()
    with open(args.config) as fh:
        cfg = yaml.unsafe_load(fh)
    for lift in cfg["lifts"]:
        print(f"{lift['name']}: capacity {lift['capacity']}/h")


if __name__ == "__main__":
    main()
