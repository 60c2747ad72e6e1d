import argparse
from urllib.parse import urlparse

import requests

ORG = "gardenshare.org"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("url")
    args = ap.parse_args()
    host = (urlparse(args.url).hostname or "").rstrip(".").lower()
    if not (host == ORG or host.endswith("." + ORG)):
        raise SystemExit(f"refusing to fetch from {host!r}")
    r = requests.get(args.url, timeout=10)
    print(r.status_code, len(r.content))


if __name__ == "__main__":
    main()
