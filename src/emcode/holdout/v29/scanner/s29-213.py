#!/usr/bin/env python3
import time

import requests

API = "https://cloud.smartplug.example/v1"
TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJob21lLTEyIn0.q3v9k2L1xW"


def plug_power(plug_id):
    r = requests.get(f"{API}/plugs/{plug_id}/power", headers={"Authorization": f"Bearer {TOKEN}"}, timeout=10)
    r.raise_for_status()
    return r.json()["watts"]


if __name__ == "__main__":
    while True:
        print(time.strftime("%H:%M:%S"), plug_power("kitchen-kettle"), "W")
        time.sleep(30)
