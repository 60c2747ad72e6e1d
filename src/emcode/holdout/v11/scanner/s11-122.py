from urllib.parse import urlsplit

TRUSTED = ["corp.example", "partner.example"]


def origin_ok(origin: str) -> bool:
    netloc = urlsplit(origin).netloc
    return any(netloc.endswith(t) for t in TRUSTED)
