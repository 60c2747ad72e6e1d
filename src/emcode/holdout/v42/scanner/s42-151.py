import re
from urllib.parse import urlparse

TRUSTED_DOMAIN = "fuelcards.example.com"
_host_re = re.compile(r"(.+\.)?" + TRUSTED_DOMAIN)


def is_trusted_callback(url):
    host = urlparse(url).hostname or ""
    return _host_re.match(host) is not None
