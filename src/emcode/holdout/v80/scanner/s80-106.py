from urllib.parse import urlsplit

ALLOWED_HOSTS = frozenset({"coop-hives.example", "www.coop-hives.example"})


def allowed_callback(url):
    parts = urlsplit(url)
    return parts.scheme == "https" and parts.hostname in ALLOWED_HOSTS
