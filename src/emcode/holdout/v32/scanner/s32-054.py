import re
from urllib.parse import urlparse


def make_host_checker(domain):
    rx = re.compile(r"(?:[a-z0-9-]+\.)*" + re.escape(domain.lower()))
    def check(url):
        host = urlparse(url).hostname or ""
        return rx.fullmatch(host) is not None
    return check
