import argparse
import sys
from urllib.parse import urlsplit

import requests

MIRRORS = {"mirror1.beecoop.example", "mirror2.beecoop.example"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("url")
    args = ap.parse_args()
    parts = urlsplit(args.url)
    if parts.scheme != "https" or parts.hostname not in MIRRORS:
        sys.exit("not an approved mirror")
    r = requests.get(args.url, timeout=30)
    r.raise_for_status()
    sys.stdout.buffer.write(r.content)


if __name__ == "__main__":
    main()
