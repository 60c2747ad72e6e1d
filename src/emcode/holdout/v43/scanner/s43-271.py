import os
import sys

import requests


def push_roster(site_id, csv_path):
    with open(csv_path, "rb") as fh:
        r = requests.post(
            f"https://roster.minesite.example/api/sites/{int(site_id)}/roster",
            files={"roster": fh},
            headers={"Authorization": "Bearer " + os.environ["ROSTER_TOKEN"]},
            timeout=30,
        )
    r.raise_for_status()
    print("uploaded", r.json()["rows"], "ro