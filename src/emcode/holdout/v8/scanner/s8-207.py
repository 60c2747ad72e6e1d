import json
import urllib.request

SERVICES = {"billing": "http://billing.svc:8080", "inventory": "http://inventory.svc:8080"}


def get_service_health(service: str) -> dict:
    base = SERVICES.get(service)
    if base is None:
        raise KeyError(f"unknown service {service!r}")
    with urllib.request.urlopen(base + "/health", timeout=3) as r:
        return json.load(r)
