import argparse
import json
import os


def export(entries, path):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump(entries, fh, indent=2)


def main():
    ap = argparse.ArgumentParser(description="Export elevator maintenance log")
    ap.add_argument("out")
    args = ap.parse_args()
    export([{"car": 3, "job": "door sensor", "hours": 1.5}], args.out)


if __name__ == "__main__":
    main()
