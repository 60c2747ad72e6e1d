import os

import requests


def push_readings(readings):
    resp = requests.post(
        "https://ingest.sunfield.example/v1/readings",
        json={"readings": readings},
        headers={"Authorization": f"Bearer {os.environ['INGEST_TOKEN']}"},
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()["accepted"]


if __name__ == "__main__":
    sample = [{"panel": "P-01", "w": 301.5}, {"panel": "P-02", "w": 297.0}]
    print(push_readings(sample), "readings accep