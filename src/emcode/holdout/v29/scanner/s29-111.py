import os
import sys

import requests

ENDPOINT = "https://www.sundayleague.org/api/standings"


def publish(table):
    r = requests.put(
        ENDPOINT,
        json={"table": table},
        headers={"Authorization": "Token " + os.environ["LEAGUE_API_TOKEN"]},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    import csv
    with open(sys.argv[1], newline="") as fh:
        rows = [dict(r) for r in csv.DictReader(fh)]
    print(publish(rows))
