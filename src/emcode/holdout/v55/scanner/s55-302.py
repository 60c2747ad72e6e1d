import json
import os
import sys

import requests


def post_results(results_file):
    with open(results_file) as fh:
        results = json.load(fh)
    url = "https://api.esportshub.io/v1/events/%d/results" % int(results["event_id"])
    r = requests.post(url, json=results["matches"],
                      headers={"Authorization": "Bearer " + os.environ["ESPORTSHUB_TOKEN"]}, timeout=15)
    r.raise_for_status()
    print(f"posted {len(results['matches'])} results, server says {r.json().get('status')}")


if __name__ == "__main__":
    post_results(sys.argv[1])
