import re
from urllib.parse import urlsplit

TRUSTED_DOMAINS = ["example.com", "example.org"]
_pattern = re.compile(r"(?:[a-z0-9-]+\.)*(?:" + "|".join(re.escape(d) for d in TRUSTED_DOMAINS) + r")")


def is_trusted(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return _pattern.fullmatch(host) is not None
