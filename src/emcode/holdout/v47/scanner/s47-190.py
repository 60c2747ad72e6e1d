import re
from urllib.parse import urlparse

PARTNER_DOMAIN = "auctions.heritage-comics.com"
_partner = re.compile(r"(?:[a-z0-9-]+\.)*" + re.escape(PARTNER_DOMAIN))


def is_partner_callback(url):
    parts = urlparse(url)
    if parts.scheme != "https" or not parts.hostname:
        return False
    return _partner.fullmatch(parts.hostname.lower()) is not None
