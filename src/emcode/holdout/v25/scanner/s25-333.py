import argparse
import subprocess
import sys


def main(argv=None):
    ap = argparse.ArgumentParser(description="Pull crop sensor logs over rsync")
    ap.add_argument("station")
    ap.add_argument("--dest", default="./logs")
    args = ap.parse_args(argv)

    src = f"sensor@{args.station}.farm.local:/var/log/probe/"
    result = subprocess.run(
        f"rsync -az {src} {args.dest}", shell=True, capture_output=True, text=True
    )
    if result.returncode:
        print(result.stderr, file=sys.stderr)
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
