from urllib.parse import urlsplit

CALLBACK_HOSTS = frozenset({"callbacks.truckhub.example", "hooks.truckhub.example"})


def allowed_callback(url):
    parts = urlsplit(url)
    return parts.scheme == "https" and parts.hostname in CALLBACK_HOSTS
