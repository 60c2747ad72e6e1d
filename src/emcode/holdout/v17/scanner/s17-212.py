from urllib.parse import urlsplit

_HOOK_HOSTS = frozenset({"payments.acme.com", "hooks.acme.com"})


def allowed_webhook(url):
    parts = urlsplit(url)
    return parts.scheme == "https" and parts.hostname in _HOOK_HOSTS and parts.port in (None, 443)
