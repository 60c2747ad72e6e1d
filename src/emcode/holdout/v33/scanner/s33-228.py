import os
import sys
from urllib.parse import quote

import requests

API = "https://dmv-gateway.city.example/api/v1/plates/"
CA_BUNDLE = "/etc/ssl/city/internal-ca.pem"


def owner_of(plate):
    r = requests.get(API + quote(plate, safe=""), headers={"Authorization": "Bearer " + os.environ["DMV_TOKEN"]},
                     verify=CA_BUNDLE, timeout=10)
    r.raise_for_status()
    return r.json()["registered_owner"]


if __name__ == "__main__":
    print(owner_of(sys.argv[1]))
