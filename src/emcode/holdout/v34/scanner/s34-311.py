import re
from urllib.parse import urlparse

ALLOWED_DOMAIN = "results.bakehouse.example"
_host_re = re.compile(r"(.+\.)?" + ALLOWED_DOMAIN)


def is_trusted_callback(url):
    host = urlparse(url).hostname or ""
    return bool(_host_re.match(host))
