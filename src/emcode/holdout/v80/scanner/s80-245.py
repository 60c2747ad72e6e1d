import os

import psycopg2
import requests

DB_DSN = os.environ["CARPARK_DSN"]
ANPR_API_KEY = os.environ["ANPR_API_KEY"]


def sync_entries():
    r = requests.get("https://anpr.vendor.example/v1/entries", headers={"X-Api-Key": ANPR_API_KEY}, timeout=20)
    r.raise_for_status()
    with psycopg2.connect(DB_DSN) as con, con.cursor() as cur:
        for e in r.json()["entries"]:
            cur.execute("INSERT INTO entries(plate, seen_at) VALUES (%s, %s)", (e["plate"], e["time"]))


if __name__ == "__main__":
    sync_entries()
