import urllib.request

SERVICES = {
    "billing": "https://billing.internal.example.com",
    "search": "https://search.internal.example.com",
}


def fetch_status(service: str) -> tuple[int, bytes]:
    base = SERVICES.get(service)
    if base is None:
        raise KeyError(f"unknown service {service!r}")
    with urllib.request.urlopen(base + "/status", timeout=5) as resp:
        return resp.status, resp.read(2048)
