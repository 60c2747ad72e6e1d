from urllib.parse import urlparse

DOMAIN = "pawsclinic.example"


def is_clinic_url(url):
    parts = urlparse(url)
    host = (parts.hostname or "").lower().rstrip(".")
    return parts.scheme == "https" and (host == DOMAIN or host.endswith("." + DOMAIN))
