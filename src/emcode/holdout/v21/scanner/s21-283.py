import argparse
import os
import sys


def convert(src, width):
    out = os.path.splitext(src)[0] + "_thumb.png"
    status = os.system("convert '%s' -resize %dx '%s'" % (src, width, out))
    if status != 0:
        sys.exit("convert failed for " + src)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("images", nargs="+")
    ap.add_argument("--width", type=int, default=200)
    ns = ap.parse_args()
    for img in ns.images:
        print(convert(img, ns.width))


if __name__ == "__main__":
    main()
