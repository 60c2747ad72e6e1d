import argparse
import sys

import yaml


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("schedule", type=argparse.FileType("r"))
    args = ap.parse_args()
    data = yaml.safe_load(args.schedule)
    if not isinstance(data, dict):
        sys.exit("schedule must be a mapping of flight -> carousel")
    for flight, belt in sorted(data.items()):
        print(f"{flight:<8} belt {belt}")


if __name__ == "__main__":
    main()
