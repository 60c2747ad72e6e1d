import json
import urllib.request

DEVICES = {"thermo-1": "10.0.4.11", "thermo-2": "10.0.4.12"}


def device_status(device_id: str) -> dict:
    host = DEVICES.get(device_id)
    if host is None:
        raise KeyError(f"unknown device {device_id!r}")
    with urllib.request.urlopen(f"http://{host}:8080/status", timeout=3) as r:
        return json.load(r)
