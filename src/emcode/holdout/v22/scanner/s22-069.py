from urllib.request import urlopen

SERVICES = {
    "billing": "https://billing.internal.example/health",
    "search": "https://search.internal.example/health",
}


def service_status(name: str):
    url = SERVICES.get(name)
    if url is None:
        raise KeyError(f"unknown service {name!r}")
    with urlopen(url, timeout=3) as resp:
        return resp.status
