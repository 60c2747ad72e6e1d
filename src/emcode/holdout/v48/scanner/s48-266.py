import re
from urllib.parse import urlparse

PARTNER_DOMAIN = "beecoop.org"
_partner_re = re.compile(r"(.+\.)?" + PARTNER_DOMAIN)


def is_partner_url(url):
    host = urlparse(url).hostname or ""
    return _partner_re.match(host) is not None
