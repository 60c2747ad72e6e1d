from urllib.parse import urlparse


def is_partner_url(url):
    host = urlparse(url).hostname or ""
    return host.endswith("ferrylines.example")
