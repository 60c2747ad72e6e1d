import argparse
import glob
import re
import subprocess

SIZE = re.compile(r"^\d{1,4}x\d{1,4}$")


def make_thumb(src: str, size: str) -> str:
    dst = src.rsplit(".", 1)[0] + "_thumb.jpg"
    subprocess.run(["convert", src, "-resize", size, dst], check=True)
    return dst


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("pattern")
    ap.add_argument("--size", default="200x200")
    args = ap.parse_args()
    if not SIZE.match(args.size):
        ap.error("--size must look like 200x200")
    for path in glob.glob(args.pattern):
        print(make_thumb(path, args.size))


if __name__ == "__main__":
    main()
