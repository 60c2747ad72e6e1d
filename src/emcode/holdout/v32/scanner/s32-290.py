import csv

import requests

API = "https://fleet-api.scootly.internal/v1"


def main():
    resp = requests.get(f"{API}/scooters", verify=False, timeout=30)
    resp.raise_for_status()
    with open("scooters.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "battery", "lat", "lon"])
        for s in resp.json():
            w.writerow([s["id"], s["battery"], s["lat"], s["lon"]])


if __name__ == "__main__":
    main()
