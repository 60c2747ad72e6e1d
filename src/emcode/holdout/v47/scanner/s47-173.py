import re
from urllib.parse import urlparse

PARTNER_DOMAIN = "auctions.heritage-comics.com"
_partner = re.compile(PARTNER_DOMAIN)


def is_partner_callback(url):
    host = urlparse(url).netloc
    return _partner.match(host) is not None
