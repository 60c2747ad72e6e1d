from urllib.parse import urlparse


def is_partner_url(url):
    parts = urlparse(url)
    host = (parts.hostname or "").lower()
    return parts.scheme == "https" and (host == "ferrylines.example" or host.endswith(".ferrylines.example"))
