#!/usr/bin/env python3
import json
import sys
import urllib.request

FEED = "https://feeds.regional-libraries.org/new-acquisitions.json"


def main():
    with urllib.request.urlopen(FEED, timeout=20) as resp:
        items = json.load(resp)
    for item in items[: int(sys.argv[1]) if len(sys.argv) > 1 else 10]:
        print(item["isbn"], item["title"])


if __name__ == "__main__":
    main()
