import re
from urllib.parse import urlparse

TRUSTED_DOMAIN = "hub.example-home.net"
_host_re = re.compile(r"(?:[a-z0-9-]+\.)*" + re.escape(TRUSTED_DOMAIN))


def is_trusted_callback(url):
    parts = urlparse(url)
    if parts.scheme != "https":
        return False
    host = (parts.hostname or "").lower()
    return _host_re.fullmatch(host) is not None
