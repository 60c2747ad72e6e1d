import argparse

import requests
import urllib3

urllib3.disable_warnings()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--since", required=True)
    args = ap.parse_args()
    r = requests.get("https://claims.internal.acme-insure.com/api/claims",
                     params={"since": args.since}, verify=False, timeout=30)
    for c in r.json():
        print(c["id"], c["status"])


if __name__ == "__main__":
    main()
