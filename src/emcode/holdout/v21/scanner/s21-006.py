import re
from urllib.parse import urlsplit

BASE_DOMAIN = "tenant.example.io"
SUBDOMAIN_RE = re.compile(r"[a-z0-9-]{1,63}\." + re.escape(BASE_DOMAIN) + r"\Z")


def tenant_from_url(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    if not SUBDOMAIN_RE.fullmatch(host):
        raise ValueError(f"not a tenant URL: {url}")
    return host.split(".", 1)[0]
