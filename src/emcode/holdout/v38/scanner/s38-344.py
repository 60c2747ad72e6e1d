from urllib.parse import urlparse


def is_partner_url(url):
    p = urlparse(url)
    host = (p.hostname or "").lower().rstrip(".")
    return p.scheme == "https" and (host == "pawshelter.example" or host.endswith(".pawshelter.example"))
