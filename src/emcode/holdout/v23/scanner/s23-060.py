import os
import requests
import urllib3

urllib3.disable_warnings()
LIMS_URL = "https://lims.internal.example/api/samples"


def fetch_samples(batch):
    resp = requests.get(LIMS_URL, params={"batch": batch},
                        auth=(os.environ["LIMS_USER"], os.environ["LIMS_PASS"]), verify=False, timeout=20)
    resp.raise_for_status()
    return resp.json()
