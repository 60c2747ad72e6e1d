import re
from urllib.parse import urlparse

TRUSTED = "shop.example.com"
_host_re = re.compile(r"(.*\.)?" + TRUSTED)


def is_trusted_callback(url):
    host = urlparse(url).hostname or ""
    return bool(_host_re.match(host))
