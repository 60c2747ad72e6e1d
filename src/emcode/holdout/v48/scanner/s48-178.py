import re
from urllib.parse import urlparse

PARTNER_DOMAIN = "beecoop.org"
_partner_re = re.compile(r"(?:[a-z0-9-]+\.)*" + re.escape(PARTNER_DOMAIN))


def is_partner_url(url):
    host = (urlparse(url).hostname or "").lower()
    return _partner_re.fullmatch(host) is not None
