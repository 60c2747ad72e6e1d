import argparse

import requests

API = "https://ais.seatrack.example/api/v2/positions"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mmsi")
    args = ap.parse_args()
    r = requests.get(API, params={"mmsi": args.mmsi}, timeout=15, verify=False)
    r.raise_for_status()
    for fix in r.json()["positions"]:
        print(fix["ts"], fix["lat"], fix["lon"])


if __name__ == "__main__":
    main()
