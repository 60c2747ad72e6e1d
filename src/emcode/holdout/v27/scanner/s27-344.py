import re
from urllib.parse import urlparse

BASE = "observatory.example.org"
SUB = re.compile(r"(?:[a-z0-9-]+\.)*" + re.escape(BASE))


def trusted_link(url: str) -> bool:
    p = urlparse(url)
    return p.scheme == "https" and SUB.fullmatch(p.hostname or "") is not None
