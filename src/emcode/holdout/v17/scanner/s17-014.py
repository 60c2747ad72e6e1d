import argparse
import glob
import subprocess


def make_thumb(src, size):
    dst = src.rsplit(".", 1)[0] + "_thumb.jpg"
    subprocess.run("convert '%s' -resize %s '%s'" % (src, size, dst), shell=True, check=True)
    return dst


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pattern")
    ap.add_argument("--size", default="200x200")
    args = ap.parse_args()
    for path in glob.glob(args.pattern):
        print(make_thumb(path, args.size))


if __name__ == "__main__":
    main()
