import argparse
import getpass
import os
import requests


def get_token():
    token = os.environ.get("OPENDATA_TOKEN")
    if token:
        return token
    return getpass.getpass("Open-data API token: ")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dataset")
    args = ap.parse_args()
    r = requests.get(f"https://api.opendata.example/v1/datasets/{args.dataset.strip('/')}",
                     headers={"Authorization": "Token " + get_token()}, timeout=15)
    r.raise_for_status()
    print(r.json()["title"])


if __name__ == "__main__":
    main()
