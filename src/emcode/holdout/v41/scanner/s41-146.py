import argparse

import requests

API = "https://api.open-meteo.com/v1/forecast"


def irradiance(lat: float, lon: float):
    r = requests.get(API, params={"latitude": lat, "longitude": lon,
                                  "hourly": "shortwave_radiation", "forecast_days": 1}, timeout=15)
    r.raise_for_status()
    data = r.json()["hourly"]
    return list(zip(data["time"], data["shortwave_radiation"]))


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("lat", type=float)
    ap.add_argument("lon", type=float)
    a = ap.parse_args()
    for t, w in irradiance(a.lat, a.lon):
        print(t, w, "W/m2")
