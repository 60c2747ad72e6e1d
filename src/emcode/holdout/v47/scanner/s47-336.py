#!/usr/bin/env python3
import argparse
import subprocess
from pathlib import Path


def main():
    ap = argparse.ArgumentParser(description="Make web thumbnails of tattoo flash sheets")
    ap.add_argument("images", nargs="+")
    ap.add_argument("--size", default="800x800")
    args = ap.parse_args()

    for img in args.images:
        out = Path(img).with_suffix(".thumb.jpg")
        cmd = f"convert '{img}' -resize {args.size} -quality 85 '{out}'"
        subprocess.run(cmd, shell=True, check=True)
        print("wrote", out)


if __name__ == "__main__":
    main()
