from urllib.parse import urlparse

PARTNER = "skymiles.com"


def is_partner_url(url):
    parts = urlparse(url)
    host = (parts.hostname or "").lower()
    if parts.scheme != "https":
        return False
    return host == PARTNER or host.endswith("." + PARTNER)
