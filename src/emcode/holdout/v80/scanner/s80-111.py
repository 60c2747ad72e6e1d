import re
from urllib.parse import urlsplit


def make_host_checker(domain):
    rx = re.compile(r"(?:www\.)?" + re.escape(domain.lower()))

    def check(url):
        parts = urlsplit(url)
        return parts.scheme in ("http", "https") and rx.fullmatch(parts.hostname or "") is not None

    return check
