import argparse

import requests


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--since", required=True)
    ap.add_argument("--ca", default="/etc/ssl/acme-internal-ca.pem")
    args = ap.parse_args()
    r = requests.get("https://claims.internal.acme-insure.com/api/claims",
                     params={"since": args.since}, verify=args.ca, timeout=30)
    r.raise_for_status()
    for c in r.json():
        print(c["id"], c["status"])


if __name__ == "__main__":
    main()
