import os
import sys

import requests

INSURER = "https://claims.smiledental-insure.example/api/v1"
CA_BUNDLE = "/etc/ssl/certs/insurer-ca.pem"


def submit_claim(claim_id):
    r = requests.post(
        f"{INSURER}/claims/{int(claim_id)}/submit",
        headers={"Authorization": f"Bearer {os.environ['INSURER_TOKEN']}"},
        verify=CA_BUNDLE,
        timeout=20,
    )
    r.raise_for_status()
    return r.json()["status"]


if __name__ == "__main__":
    print(submit_claim(sys.argv[1]))
