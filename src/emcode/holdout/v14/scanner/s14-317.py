import re
from urllib.parse import urlparse

ALLOWED_HOSTS = ["cdn.example.com", "img.example.com"]
HOST_PATTERN = re.compile("(" + "|".join(ALLOWED_HOSTS) + ")")


def may_embed(url):
    host = urlparse(url).netloc
    return bool(HOST_PATTERN.match(host))
