import re
from urllib.parse import urlparse

TRUSTED_DOMAIN = "hub.example-home.net"
_host_re = re.compile(TRUSTED_DOMAIN)


def is_trusted_callback(url):
    host = urlparse(url).hostname or ""
    return bool(_host_re.match(host))
