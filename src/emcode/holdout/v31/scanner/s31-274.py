import argparse
import io
import zipfile

import requests


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("url")
    args = ap.parse_args()
    if not args.url.startswith("https://feeds.agency.example"):
        raise SystemExit("only agency feeds are accepted")
    data = requests.get(args.url, timeout=30).content
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        print("\n".join(zf.namelist()))


if __name__ == "__main__":
    main()
