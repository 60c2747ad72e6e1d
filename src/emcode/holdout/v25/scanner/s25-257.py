import urllib.request

INVENTORY = {"probe-1": "10.0.4.11", "probe-2": "10.0.4.12"}


def device_health(device_id: str) -> str:
    host = INVENTORY[device_id]
    with urllib.request.urlopen(f"http://{host}:8080/health", timeout=3) as r:
        return r.read().decode()
