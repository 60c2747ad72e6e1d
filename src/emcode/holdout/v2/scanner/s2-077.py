import re
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError

DOMAIN = "hooks.example.net"
_HOST = re.compile(r"(?:[a-z0-9-]+\.)*" + re.escape(DOMAIN) + r"\Z")


def validate_webhook(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname or not _HOST.match(parts.hostname):
        raise ValidationError("webhook must be an https URL on %(domain)s", params={"domain": DOMAIN})
