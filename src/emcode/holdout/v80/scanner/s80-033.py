import argparse
import sys

import requests


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("url")
    args = ap.parse_args()
    if not args.url.startswith("https://mirror1.beecoop.example"):
        sys.exit("not an approved mirror")
    r = requests.get(args.url, timeout=30)
    sys.stdout.buffer.write(r.content)


if __name__ == "__main__":
    main()
