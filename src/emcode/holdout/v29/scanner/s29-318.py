from urllib.parse import urlparse


def allowed_webhook(url, org_domain="claims-partner.com"):
    parts = urlparse(url)
    if parts.scheme != "https":
        return False
    host = (parts.hostname or "").lower().rstrip(".")
    return host == org_domain or host.endswith("." + org_domain)
