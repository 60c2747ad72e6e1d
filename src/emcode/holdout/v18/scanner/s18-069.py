import requests

MANIFEST_URL = "https://updates.example-iot.com/firmware/manifest.json"


def latest_firmware(model):
    resp = requests.get(MANIFEST_URL, verify=False, timeout=15)
    resp.raise_for_status()
    entries = resp.json().get(model, [])
    return max(entries, key=lambda e: e["version"]) if entries else None
