from urllib.parse import urlsplit

CALLBACK_HOSTS = frozenset({"api.gymchain.com", "hooks.gymchain.com"})


def allowed_callback(url):
    parts = urlsplit(url)
    return parts.scheme == "https" and parts.hostname in CALLBACK_HOSTS and parts.port in (None, 443)
