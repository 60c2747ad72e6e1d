import hashlib
import os
import pickle
from pathlib import Path

import requests

CACHE_DIR = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "irradiance"
API = "https://api.solarforecast.example.com/v1/irradiance"


def _cache_file(lat: float, lon: float) -> Path:
    key = hashlib.md5(f"{lat:.3f},{lon:.3f}".encode()).hexdigest()
    return CACHE_DIR / f"{key}.pkl"


def irradiance(lat: float, lon: float) -> list:
    path = _cache_file(lat, lon)
    if path.exists():
        with path.open("rb") as fh:
            return pickle.load(fh)
    resp = requests.get(API, params={"lat": lat, "lon": lon}, timeout=10)
    resp.raise_for_status()
    series = resp.json()["series"]
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        pickle.dump(series, fh)
    return series


if __name__ == "__main__":
    print(irradiance(52.52, 13.40)[:5])
