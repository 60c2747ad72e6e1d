import argparse
import os

import requests

API = "https://scada-gateway.waterworks.local/api/v1"
CA_BUNDLE = "/etc/waterworks/ca.pem"


def fetch_levels(reservoir, token):
    r = requests.get(f"{API}/reservoirs/{reservoir}/levels",
                     headers={"Authorization": f"Bearer {token}"}, verify=CA_BUNDLE, timeout=10)
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("reservoir", type=int)
    a = ap.parse_args()
    for row in fetch_levels(a.reservoir, os.environ["SCADA_TOKEN"]):
        print(row["ts"], row["level_m"])
