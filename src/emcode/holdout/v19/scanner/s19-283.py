import requests

SERVICES = {"billing": "https://billing.internal:8443", "search": "https://search.internal:8443"}


def get_service_status(service: str) -> dict:
    base = SERVICES.get(service)
    if base is None:
        raise KeyError(f"unknown service {service!r}")
    return requests.get(base + "/health", timeout=3).json()
