from urllib.parse import urlparse


def webhook_allowed(url):
    host = urlparse(url).hostname or ""
    return host.endswith("permits.city.example")
