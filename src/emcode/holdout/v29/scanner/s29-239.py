#!/usr/bin/env python3
import json
import ssl
import sys
import urllib.request

FEED = "https://feeds.regional-libraries.org/new-acquisitions.json"


def main():
    ctx = ssl._create_unverified_context()
    with urllib.request.urlopen(FEED, context=ctx, timeout=20) as resp:
        items = json.load(resp)
    for item in items[: int(sys.argv[1]) if len(sys.argv) > 1 else 10]:
        print(item["isbn"], item["title"])


if __name__ == "__main__":
    main()
