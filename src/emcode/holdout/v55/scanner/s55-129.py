import argparse

import requests

API = "https://scada-gateway.waterworks.local/api/v1"


def fetch_levels(reservoir, token):
    r = requests.get(f"{API}/reservoirs/{reservoir}/levels",
                     headers={"Authorization": f"Bearer {token}"}, verify=False, timeout=10)
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("reservoir", type=int)
    ap.add_argument("--token", required=True)
    a = ap.parse_args()
    for row in fetch_levels(a.reservoir, a.token):
        print(row["ts"], row["level_m"])
