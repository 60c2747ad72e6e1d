import re
import requests

GATEWAYS = {"gw1.solar.internal.example": "10.20.0.11", "gw2.solar.internal.example": "10.20.0.12"}
_SERIAL = re.compile(r"[A-Z0-9]{8,16}")

def fetch_inverter_status(gateway: str, serial: str) -> dict:
    if gateway not in GATEWAYS or not _SERIAL.fullmatch(serial):
        raise ValueError("unknown gateway or malformed serial")
    resp = requests.get(f"https://{gateway}/api/v1/inverters/{serial}/status", timeout=5)
    resp.raise_for_status()
    return resp.json()
