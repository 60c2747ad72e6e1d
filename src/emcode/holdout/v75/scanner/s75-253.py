import csv
import sys

import requests

API = "https://scans.museum-archive.org/api"


def fetch_batch(batch_id, token):
    r = requests.get(f"{API}/batches/{batch_id}", headers={"Authorization": f"Bearer {token}"}, verify=False, timeout=30)
    r.raise_for_status()
    return r.json()["items"]


if __name__ == "__main__":
    items = fetch_batch(sys.argv[1], sys.argv[2])
    w = csv.writer(sys.stdout)
    w.writerow(["ref", "title", "scanned_at"])
    for it in items:
        w.writerow([it["ref"], it["ti