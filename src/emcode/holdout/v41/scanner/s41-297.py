import csv
import os

import requests

STAGING = "/tmp/solar_report.csv"


def build_report(rows):
    with open(STAGING, "w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    with open(STAGING, "rb") as fh:
        requests.post("https://reports.sunfield.example/upload", files={"report": fh}, timeout=30)
    os.remove(STAGING)


if __name__ == "__main__":
    build_report([["panel", "kwh"], ["P-01", 2.4], ["P-02", 2.2]])
