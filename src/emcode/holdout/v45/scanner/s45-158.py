import os
import sys

import requests

TOKEN = os.environ["DRONE_FLEET_TOKEN"]


def main():
    print(f"[debug] using token {TOKEN} against fleet API", file=sys.stderr)
    r = requests.get("https://fleet.cargodrone.example/api/drones", headers={"Authorization": f"Bearer {TOKEN}"}, timeout=10)
    r.raise_for_status()
    for d in r.json():
        print(d["id"], d["state"])


if __name__ == "__main__":
    main()
