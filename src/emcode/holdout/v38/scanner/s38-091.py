import re
from urllib.parse import urlsplit


def make_host_checker(domain):
    rx = re.compile(r"(?:[a-z0-9-]+\.)*" + re.escape(domain.lower()))

    def check(url):
        parts = urlsplit(url)
        return parts.scheme in ("http", "https") and bool(parts.hostname) and rx.fullmatch(parts.hostname) is not None

    return check
