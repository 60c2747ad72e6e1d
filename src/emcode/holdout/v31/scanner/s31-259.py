import os
import sys

import requests

API = "https://api.payprovider.example/v1"


def fetch_payrun(run_id):
    resp = requests.get(
        f"{API}/payruns/{int(run_id)}",
        headers={"Authorization": "Bearer " + os.environ["PAY_API_TOKEN"]},
        verify=False,
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()


if __name__ == "__main__":
    run = fetch_payrun(sys.argv[1])
    print(run["status"], run["total_net"])
