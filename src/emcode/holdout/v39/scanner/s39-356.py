from urllib.parse import urlsplit


def is_trusted_callback(url):
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().rstrip(".")
    return parts.scheme == "https" and (host == "podhost.example" or host.endswith(".podhost.example"))
