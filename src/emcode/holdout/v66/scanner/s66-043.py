from urllib.parse import urlparse


def is_clinic_url(url):
    host = urlparse(url).hostname or ""
    return host.endswith("brightsmile.example")
