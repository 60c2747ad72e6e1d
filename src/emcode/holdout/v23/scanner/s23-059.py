import os
import requests

CA_BUNDLE = os.environ.get("LAB_CA_BUNDLE", "/etc/ssl/certs/lab-ca.pem")
LIMS_URL = "https://lims.internal.example/api/samples"


def fetch_samples(batch):
    resp = requests.get(LIMS_URL, params={"batch": batch}, verify=CA_BUNDLE, timeout=20)
    resp.raise_for_status()
    return resp.json()


if __name__ == "__main__":
    import sys
    for s in fetch_samples(sys.argv[1]):
        print(s["code"], s["status"])
