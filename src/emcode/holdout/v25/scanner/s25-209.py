import argparse
import re
import subprocess
import sys

STATION_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,30}$")


def main(argv=None):
    ap = argparse.ArgumentParser(description="Pull crop sensor logs over rsync")
    ap.add_argument("station")
    ap.add_argument("--dest", default="./logs")
    args = ap.parse_args(argv)
    if not STATION_RE.match(args.station):
        ap.error("station must be a short lowercase host label")
    src = f"sensor@{args.station}.farm.local:/var/log/probe/"
    result = subprocess.run(["rsync", "-az", "--", src, args.dest], capture_output=True, text=True)
    if result.returncode:
        print(result.stderr, file=sys.stderr)
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
