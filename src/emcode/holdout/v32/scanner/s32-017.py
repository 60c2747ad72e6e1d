import csv
import os

import requests

API = "https://fleet-api.scootly.internal/v1"
CA_BUNDLE = os.environ.get("SCOOTLY_CA_BUNDLE", "/etc/ssl/certs/scootly-internal.pem")


def main():
    resp = requests.get(f"{API}/scooters", verify=CA_BUNDLE, timeout=30)
    resp.raise_for_status()
    with open("scooters.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "battery", "lat", "lon"])
        for s in resp.json():
            w.writerow([s["id"], s["battery"], s["lat"], s["lon"]])


if __name__ == "__main__":
    main()
