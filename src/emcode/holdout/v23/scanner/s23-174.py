import urllib.request

DEVICES = {"thermo-1": "10.0.5.11", "lock-front": "10.0.5.20"}


def fetch_device_status(device_id: str) -> str:
    host = DEVICES.get(device_id)
    if host is None:
        raise KeyError(f"unknown device {device_id!r}")
    with urllib.request.urlopen(f"http://{host}/status", timeout=5) as resp:
        return resp.read().decode()
