#!/usr/bin/env python3
import configparser
import time
from pathlib import Path

import requests

API = "https://cloud.smartplug.example/v1"


def load_token():
    cfg = configparser.ConfigParser()
    cfg.read(Path.home() / ".config" / "smartplug.ini")
    return cfg["cloud"]["token"]


def plug_power(token, plug_id):
    r = requests.get(f"{API}/plugs/{plug_id}/power", headers={"Authorization": f"Bearer {token}"}, timeout=10)
    r.raise_for_status()
    return r.json()["watts"]


if __name__ == "__main__":
    token = load_token()
    while True:
        print(time.strftime("%H:%M:%S"), plug_power(token, "kitchen-kettle"), "W")
        time.sleep(30)
