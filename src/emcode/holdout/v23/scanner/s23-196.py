import re
from urllib.parse import urlparse

ALLOWED_DOMAIN = "api.payroll.example"
_HOST_RE = re.compile(r"(?:[a-z0-9-]+\.)?" + re.escape(ALLOWED_DOMAIN))


def is_allowed_api(url: str) -> bool:
    parts = urlparse(url)
    return parts.scheme == "https" and _HOST_RE.fullmatch((parts.hostname or "").lower()) is not None
