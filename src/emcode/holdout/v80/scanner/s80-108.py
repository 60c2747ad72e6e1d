from urllib.parse import urlparse


def is_partner_url(url):
    p = urlparse(url)
    host = (p.hostname or "").lower()
    return p.scheme == "https" and (host == "tidegauge.org" or host.endswith(".tidegauge.org"))
