import argparse

import requests


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--date", required=True)
    a = ap.parse_args()
    r = requests.get("https://api.islandferries.example/v1/sailings", params={"date": a.date}, timeout=10)
    r.raise_for_status()
    for s in r.json():
        print(s["depart"], s["route"], s.get("status", "on time"))


if __name__ == "__main__":
    main()
