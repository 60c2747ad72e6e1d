#!/usr/bin/env python3
import argparse
import csv
import sys

import requests

SCHEDULE_URL = "https://maritime-safety.example.gov/api/lifeboat-schedule"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", required=True, help="port code, e.g. GBSOU")
    args = ap.parse_args()

    resp = requests.get(SCHEDULE_URL, params={"port": args.port}, timeout=20)
    resp.raise_for_status()
    writer = csv.writer(sys.stdout)
    writer.writerow(["vessel", "due"])
    for item in resp.json():
        writer.writerow([item["vessel"], item["due"]])


if __name__ == "__main__":
    main()
