import sys

import requests

GATEWAY = "https://gw.cargodrone.example/api/v1/frames"


def push(frames, token):
    r = requests.post(GATEWAY, json={"frames": frames}, headers={"Authorization": f"Bearer {token}"}, verify=False, timeout=10)
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    import json, os
    print(push(json.load(sys.stdin), os.environ["GW_TOKEN"]))
