import os
import argparse

ROOT = os.path.realpath("./archive")


def show(rel):
    full = os.path.realpath(os.path.join(ROOT, rel))
    if not full.startswith(ROOT + os.sep):
        raise SystemExit(f"refusing path outside archive: {rel}")
    with open(full, encoding="utf-8") as fh:
        for line in fh:
            print(line.rstrip())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--grep")
    args = ap.parse_args()
    if args.grep:
        for dirpath, _, files in os.walk(ROOT):
            for f in fi
