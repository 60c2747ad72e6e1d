import argparse
import os
import subprocess
import sys


def convert(src, width):
    out = os.path.splitext(src)[0] + "_thumb.png"
    res = subprocess.run(["convert", src, "-resize", f"{width}x", out])
    if res.returncode != 0:
        sys.exit("convert failed for " + src)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("images", nargs="+")
    ap.add_argument("--width", type=int, default=200)
    ns = ap.parse_args()
    for img in ns.images:
        print(convert(os.path.abspath(img), ns.width))


if __name__ == "__main__":
    main()
