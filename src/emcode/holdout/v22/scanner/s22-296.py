import argparse
import re
import subprocess
import sys
from pathlib import Path

DEST = re.compile(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:/[A-Za-z0-9._/-]*")


def main() -> int:
    ap = argparse.ArgumentParser(description="Mirror the photo library to a backup host")
    ap.add_argument("dest")
    ap.add_argument("--bwlimit", type=int, default=5000)
    a = ap.parse_args()
    if not DEST.fullmatch(a.dest):
        print("destination must look like user@host:/path", file=sys.stderr)
        return 2
    src = str(Path.home() / "Pictures") + "/"
    return subprocess.run(["rsync", "-az", "--delete", f"--bwlimit={a.bwlimit}", src, a.dest]).returncode


if __name__ == "__main__":
    sys.exit(main())
