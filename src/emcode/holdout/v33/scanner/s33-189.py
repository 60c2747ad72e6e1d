import argparse
from urllib.parse import urlparse

import requests

TRUSTED = {"pkgindex.example", "files.pkgindex.example"}


def fetch(url):
    host = urlparse(url).hostname
    if urlparse(url).scheme != "https" or host not in TRUSTED:
        raise SystemExit(f"refusing to download from {host}")
    r = requests.get(url, timeout=60)
    r.raise_for_status()
    return r.content


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("url")
    ap.add_argument("-o", "--output", required=True)
    ns = ap.parse_args()
    with open(ns.output, "wb") as fh:
        fh.write(fetch(ns.url))
