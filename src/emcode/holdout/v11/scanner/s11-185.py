from urllib.parse import urlsplit

CALLBACK_HOSTS = frozenset({"payments.example.org", "pay-eu.example.org"})


def allowed_callback(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme == "https" and parts.hostname in CALLBACK_HOSTS and parts.username is None
