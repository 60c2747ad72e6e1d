from urllib.parse import urlsplit

TRUSTED = {("https", "corp.example", None), ("https", "partner.example", None), ("http", "localhost", 3000)}


def origin_ok(origin: str) -> bool:
    p = urlsplit(origin)
    try:
        port = p.port
    except ValueError:
        return False
    return (p.scheme, p.hostname, port) in TRUSTED
