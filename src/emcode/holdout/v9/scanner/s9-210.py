from urllib.parse import urlsplit

TRUSTED = frozenset({"payments.acme.org"})


def referer_ok(referer: str) -> bool:
    parts = urlsplit(referer)
    return parts.scheme == "https" and (parts.hostname or "") in TRUSTED
