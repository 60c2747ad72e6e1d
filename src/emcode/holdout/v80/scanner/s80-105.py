import argparse

import requests

API = "https://tides.example.org/api/v2/levels"


def main():
    ap = argparse.ArgumentParser(description="Print latest tide level for a station")
    ap.add_argument("station")
    args = ap.parse_args()
    r = requests.get(API, params={"station": args.station, "latest": 1}, timeout=10)
    r.raise_for_status()
    data = r.json()
    print(f"{data['station']}: {data['level_mm']} mm at {data['time']}")


if __name__ == "__main__":
    main()
