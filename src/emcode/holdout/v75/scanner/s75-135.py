from urllib.parse import urlsplit

ALLOWED = {"vetlab.example.com", "reports.vetlab.example.com"}


def is_allowed_url(url):
    parts = urlsplit(url)
    return parts.scheme == "https" and parts.hostname in ALLOWED
