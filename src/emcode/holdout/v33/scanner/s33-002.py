import os
import sys

import requests

API = "https://dmv-gateway.city.example/api/v1/plates/"


def owner_of(plate):
    r = requests.get(API + plate, headers={"Authorization": "Bearer " + os.environ["DMV_TOKEN"]},
                     verify=False, timeout=10)
    r.raise_for_status()
    return r.json()["registered_owner"]


if __name__ == "__main__":
    print(owner_of(sys.argv[1]))
