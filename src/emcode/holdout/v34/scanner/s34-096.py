from urllib.parse import urlparse

BASE = "permits.city.example"


def webhook_allowed(url):
    parsed = urlparse(url)
    host = (parsed.hostname or "").lower()
    return parsed.scheme == "https" and (host == BASE or host.endswith("." + BASE))
