from urllib.parse import urlparse


def allowed_webhook(url, org_domain="claims-partner.com"):
    host = urlparse(url).netloc.lower()
    return host.endswith(org_domain)
