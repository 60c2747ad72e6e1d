import argparse
import json
import os


def export(entries, path):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o777)
    with os.fdopen(fd, "w") as fh:
        json.dump(entries, fh, indent=2)


def main():
    ap = argparse.ArgumentParser(description="Export elevator maintenance log")
    ap.add_argument("out")
    args = ap.parse_args()
    entries = [{"car": 3, "job": "door sensor", "hours": 1.5}]
    export(entries, args.out)


if __name__ == "__main__":
    main()
