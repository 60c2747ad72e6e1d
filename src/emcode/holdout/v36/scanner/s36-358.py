import argparse

import requests

API = "https://ais.seatrack.example/api/v2/positions"
CA_BUNDLE = "/etc/ssl/certs/seatrack-ca.pem"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mmsi", type=int)
    args = ap.parse_args()
    r = requests.get(API, params={"mmsi": args.mmsi}, timeout=15, verify=CA_BUNDLE)
    r.raise_for_status()
    for fix in r.json()["positions"]:
        print(fix["ts"], fix["lat"], fix["lon"])


if __name__ == "__main__":
    main()
