from urllib.parse import urlsplit

ALLOWED_DOMAIN = "printers.example.net"


def is_fleet_url(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    return host == ALLOWED_DOMAIN or host.endswith("." + ALLOWED_DOMAIN)


def filter_targets(urls):
    return [u for u in urls if urlsplit(u).scheme == "https" and is_fleet_url(u)]
