import datetime as dt
import pathlib

import requests

VENDOR_URL = "https://exports.partsvendor.example.com/daily/prices.csv"
OUT_DIR = pathlib.Path("/var/lib/bikeshop/prices")


def main():
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    r = requests.get(VENDOR_URL, timeout=60)
    r.raise_for_status()
    target = OUT_DIR / f"prices-{dt.date.today():%Y%m%d}.csv"
    target.write_bytes(r.content)
    print("saved", target)


if __name__ == "__main__":
    main()
