import re
from urllib.parse import urlparse


def host_matches(url: str, domain: str) -> bool:
    host = urlparse(url).hostname or ""
    return re.fullmatch(r"(?:[a-z0-9-]+\.)*" + re.escape(domain), host) is not None
