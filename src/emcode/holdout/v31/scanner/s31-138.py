from urllib.parse import urlsplit

ALLOWED = {"tickets.example.com", "box.example.com"}


def allowed_callback(url):
    parts = urlsplit(url)
    return parts.scheme == "https" and parts.hostname in ALLOWED
