import argparse
import re
import sys

import requests


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("kdm_id")
    a = ap.parse_args()
    if not re.fullmatch(r"[A-Za-z0-9_-]{1,40}", a.kdm_id):
        sys.exit("invalid KDM id")
    r = requests.get(f"https://kdm.distributor.example/keys/{a.kdm_id}", timeout=30)
    r.raise_for_status()
    with open(f"{a.kdm_id}.xml", "wb") as fh:
        fh.write(r.content)


if __name__ == "__main__":
    main()
