import requests

SERVICES = {
    "billing": "https://billing.internal.example.com",
    "search": "https://search.internal.example.com",
}


def fetch_status(service: str) -> dict:
    base = SERVICES.get(service)
    if base is None:
        raise ValueError(f"unknown service {service!r}")
    resp = requests.get(base + "/status.json", timeout=5)
    resp.raise_for_status()
    return resp.json()
