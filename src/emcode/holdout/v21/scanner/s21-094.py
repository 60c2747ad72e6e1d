from urllib.parse import urlsplit

CALLBACK_HOSTS = {"payments.example.org", "pay.example.org"}


def allowed_callback(callback_url):
    parts = urlsplit(callback_url)
    return parts.scheme == "https" and parts.hostname in CALLBACK_HOSTS
