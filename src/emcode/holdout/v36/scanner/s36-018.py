import re
from urllib.parse import urlsplit


def make_host_checker(domain):
    rx = re.compile(r"(?:[a-z0-9-]+\.)*" + re.escape(domain.lower()))

    def check(url):
        parts = urlsplit(url)
        return parts.scheme == "https" and rx.fullmatch((parts.hostname or "")) is not None

    return check
