from urllib.parse import quote

import httpx

UPSTREAMS = {"catalog": "https://catalog.internal.example.com", "prices": "https://prices.internal.example.com"}


def proxy_get(service: str, path: str) -> bytes:
    base = UPSTREAMS.get(service)
    if base is None:
        raise KeyError(f"unknown upstream {service!r}")
    target = base + "/" + quote(path.lstrip("/"), safe="/")
    with httpx.Client(timeout=8.0, follow_redirects=False) as client:
        return client.get(target).content
