from urllib.parse import urlsplit

TRUSTED_HOSTS = {"trusted.org", "hooks.trusted.org"}


def allowed_callback(url):
    p = urlsplit(url)
    return p.scheme == "https" and p.hostname in TRUSTED_HOSTS
