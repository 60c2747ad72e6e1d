from urllib.parse import urlsplit

DOMAINS = ("ferrylines.com", "ferrylines.net")


def origin_allowed(origin: str) -> bool:
    p = urlsplit(origin)
    host = (p.hostname or "").lower()
    return p.scheme == "https" and any(host == d or host.endswith("." + d) for d in DOMAINS)
