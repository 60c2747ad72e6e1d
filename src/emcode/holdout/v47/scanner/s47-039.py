#!/usr/bin/env python3
import argparse
import re
import subprocess
from pathlib import Path


def size_arg(value):
    if not re.fullmatch(r"\d{2,4}x\d{2,4}", value):
        raise argparse.ArgumentTypeError("size must look like 800x800")
    return value


def main():
    ap = argparse.ArgumentParser(description="Make web thumbnails of tattoo flash sheets")
    ap.add_argument("images", nargs="+")
    ap.add_argument("--size", default="800x800", type=size_arg)
    args = ap.parse_args()

    for img in args.images:
        out = Path(img).with_suffix(".thumb.jpg")
        subprocess.run(["convert", "--", img, "-resize", args.size, "-quality", "85", str(out)], check=True)
        print("wrote", out)


if __name__ == "__main__":
    main()
