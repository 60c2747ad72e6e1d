#!/usr/bin/env python3
"""Normalise the loudness of rehearsal recordings before they go on the choir drive."""
import argparse
import subprocess
import sys
from pathlib import Path


def normalise(src: Path, dst: Path) -> int:
    cmd = [
        "ffmpeg", "-hide_banner", "-y",
        "-i", str(src),
        "-af", "loudnorm=I=-16:TP=-1.5:LRA=11",
        str(dst),
    ]
    return subprocess.call(cmd)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("inputs", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, default=Path("normalised"))
    args = parser.parse_args(argv)
    args.out.mkdir(exist_ok=True)
    failures = 0
    for src in args.inputs:
        rc = normalise(src, args.out / src.with_suffix(".m4a").name)
        if rc:
            print(f"ffmpeg failed on {src} ({rc})", file=sys.stderr)
            failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
