import argparse

import requests

API = "https://api.open-meteo.com/v1/forecast"


def main():
    ap = argparse.ArgumentParser(description="Should we hold the outdoor qualifier?")
    ap.add_argument("--lat", type=float, required=True)
    ap.add_argument("--lon", type=float, required=True)
    args = ap.parse_args()
    r = requests.get(API, params={"latitude": args.lat, "longitude": args.lon, "hourly": "precipitation"}, timeout=10)
    r.raise_for_status()
    rain = sum(r.json()["hourly"]["precipitation"][:12])
    print("postpone" if rain > 5 else "go ahead", f"({rain:.1f} mm expected)")


if __name__ == "__main__":
    main()
