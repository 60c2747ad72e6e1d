import re
from urllib.parse import urlparse

TRUSTED_DOMAIN = "fuelcards.example.com"
_host_re = re.compile(r"(?:[a-z0-9-]+\.)*" + re.escape(TRUSTED_DOMAIN))


def is_trusted_callback(url):
    parsed = urlparse(url)
    if parsed.scheme != "https":
        return False
    host = (parsed.hostname or "").lower()
    return _host_re.fullmatch(host) is not None
