import requests

MANIFEST_URL = "https://updates.example-iot.com/firmware/manifest.json"
CA_BUNDLE = "/etc/iot/ca-bundle.pem"


def latest_firmware(model):
    resp = requests.get(MANIFEST_URL, verify=CA_BUNDLE, timeout=15)
    resp.raise_for_status()
    entries = resp.json().get(model, [])
    return max(entries, key=lambda e: e["version"]) if entries else None
