import os

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


def make_session():
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {os.environ['REGIONBUS_API_TOKEN']}"
    s.mount("https://", HTTPAdapter(max_retries=Retry(total=3, backoff_factor=0.5, status_forcelist=[502, 503])))
    return s


def vehicle_positions():
    with make_session() as s:
        r = s.get("https://api.regionbus.example/v1/vehicles", timeout=10)
        r.raise_for_status()
        return r.json()


if __name__ == "__main__":
    print(len(vehicle_positions()), "vehicles")
