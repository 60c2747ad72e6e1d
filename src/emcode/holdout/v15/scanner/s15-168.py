from urllib.parse import urlsplit

TRUSTED_SUFFIXES = ("corp.net", "corp-staging.net")


def check_origin(origin):
    parts = urlsplit(origin)
    host = (parts.hostname or "").lower()
    if parts.scheme != "https":
        return False
    return any(host == s or host.endswith("." + s) for s in TRUSTED_SUFFIXES)
