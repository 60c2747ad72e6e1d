import argparse
import sys
from urllib.parse import urlsplit

import requests

MIRRORS = {"mirror1.museum-archive.org", "mirror2.museum-archive.org"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("url")
    a = ap.parse_args()
    parts = urlsplit(a.url)
    if parts.scheme != "https" or parts.hostname not in MIRRORS:
        sys.exit("only archive mirrors are allowed")
    r = requests.get(a.url, timeout=60)
    r.raise_for_status()
    sys.stdout.buffer.write(r.content)


if __name__ == "__main__":
    main()
